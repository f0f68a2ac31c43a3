package io.mooring.graphsimulator.fault;

import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.graph.GraphError;
import io.mooring.graphsimulator.graph.GraphErrors;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Injected errors and latency, by operation name. */
@Component
public class FaultInjector {
  private final Latency configuredLatency;
  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
  private final Map<String, Latency> operationLatency = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile Latency latency;

  public FaultInjector(SimulatorProperties properties) {
    this.configuredLatency =
        new Latency(properties.latency().fixedMs(), properties.latency().jitterMs());
    this.latency = configuredLatency;
  }

  public FaultRule add(
      String operation,
      int code,
      Integer subcode,
      double rate,
      Integer count,
      String message,
      String type,
      Integer httpStatus) {
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException("operation is required");
    }
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("rate must be within 0..1");
    }
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    FaultRule rule =
        new FaultRule(
            "fault-" + ids.incrementAndGet(),
            operation,
            code,
            subcode,
            rate,
            count,
            message,
            type,
            httpStatus);
    rules.add(rule);
    return rule;
  }

  /** The error to answer with for this call, or null. Exhausted rules are dropped. */
  public GraphError errorFor(String operation) {
    if (rules.isEmpty()) {
      return null;
    }
    for (FaultRule rule : rules) {
      if (!rule.appliesTo(operation)) {
        continue;
      }
      if (rule.exhausted()) {
        rules.remove(rule);
        continue;
      }
      if (rule.rate() < 1 && ThreadLocalRandom.current().nextDouble() >= rule.rate()) {
        continue;
      }
      if (rule.tryFire()) {
        return toError(rule);
      }
    }
    return null;
  }

  private static GraphError toError(FaultRule rule) {
    String type =
        rule.type() != null
            ? rule.type()
            : rule.code() == 100 && Integer.valueOf(33).equals(rule.subcode())
                ? GraphErrors.GRAPH_METHOD
                : GraphErrors.OAUTH;
    String message =
        rule.message() != null
            ? rule.message()
            : GraphErrors.defaultMessage(rule.code(), rule.subcode());
    GraphError error = GraphErrors.error(type, rule.code(), rule.subcode(), message);
    return rule.httpStatus() != null ? error.withHttpStatus(rule.httpStatus()) : error;
  }

  public boolean remove(String id) {
    return rules.removeIf(rule -> rule.id().equals(id));
  }

  public List<FaultRule> rules() {
    return List.copyOf(rules);
  }

  public void setLatency(Latency newLatency) {
    this.latency = newLatency;
  }

  public void setLatency(String operation, Latency newLatency) {
    if (operation == null || operation.isBlank() || "*".equals(operation)) {
      setLatency(newLatency);
    } else {
      operationLatency.put(operation, newLatency);
    }
  }

  public Latency latency() {
    return latency;
  }

  public Map<String, Latency> operationLatency() {
    return Map.copyOf(operationLatency);
  }

  /** The delay to apply to this call, in milliseconds. */
  public long delayMillis(String operation) {
    Latency chosen = operation == null ? null : operationLatency.get(operation);
    chosen = chosen == null ? latency : chosen;
    if (chosen.isNone()) {
      return 0;
    }
    long jitter =
        chosen.jitterMs() > 0 ? ThreadLocalRandom.current().nextLong(chosen.jitterMs() + 1) : 0;
    return Math.max(0, chosen.fixedMs()) + jitter;
  }

  public void reset() {
    rules.clear();
    operationLatency.clear();
    latency = configuredLatency;
  }
}
