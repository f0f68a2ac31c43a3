package io.mooring.graph.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.mooring.graph.error.GraphOutcome;
import java.time.Duration;

/**
 * Graph metrics. Tags hold operation names and outcomes only, never ids or tokens, so their
 * cardinality stays small.
 */
public final class GraphMetrics {

  /** Timer per call, tagged {@code operation} and {@code outcome}. */
  public static final String REQUESTS = "mooring.graph.requests";

  /** Counter of batch items, tagged {@code outcome}. */
  public static final String BATCH_ITEMS = "mooring.graph.batch.items";

  private final MeterRegistry registry;

  public GraphMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void recordRequest(String operation, GraphOutcome outcome, Duration duration) {
    Timer.builder(REQUESTS)
        .description("Meta Graph API calls by operation and outcome")
        .tag("operation", operation)
        .tag("outcome", outcome.tag())
        .register(registry)
        .record(duration);
  }

  public void recordBatchItem(GraphOutcome outcome) {
    Counter.builder(BATCH_ITEMS)
        .description("Items of Graph batch requests by outcome")
        .tag("outcome", outcome.tag())
        .register(registry)
        .increment();
  }
}
