package io.mooring.runner.stack;

import io.mooring.runner.http.HttpJson;
import io.mooring.runner.ports.Ports;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Waits until children answer UP on their readiness endpoint; fails as soon as one of them exits.
 */
public final class Readiness {
  private static final Duration POLL = Duration.ofMillis(500);
  private final HttpJson http;
  private final Ports ports;

  public Readiness(HttpJson http, Ports ports) {
    this.http = http;
    this.ports = ports;
  }

  /**
   * Returns once every child is ready, calling {@code onReady} with each and its time since {@code
   * startNanos}; throws {@link StartFailure} when one exits or the timeout passes.
   */
  public void await(
      List<ChildProcess> children,
      long startNanos,
      Duration timeout,
      BiConsumer<ChildProcess, Duration> onReady) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ChildProcess> waiting = new ArrayList<>(children);
    while (!waiting.isEmpty()) {
      for (ChildProcess child : List.copyOf(waiting)) {
        if (!child.isAlive()) {
          throw new StartFailure(
              child.name()
                  + " stopped during start-up (exit code "
                  + child.exitValue()
                  + "). Its log: "
                  + child.log(),
              child.tail(25));
        }
        if (isUp(child)) {
          waiting.remove(child);
          onReady.accept(child, Duration.ofNanos(System.nanoTime() - startNanos));
        }
      }
      if (waiting.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        Map<String, String> pending = new LinkedHashMap<>();
        waiting.forEach(c -> pending.put(c.name(), c.log().toString()));
        ChildProcess first = waiting.get(0);
        throw new StartFailure(
            "Not ready after "
                + timeout.toSeconds()
                + " s: "
                + String.join(", ", pending.keySet())
                + ". Logs: "
                + String.join(", ", pending.values())
                + " (a slower machine may need --timeout=<seconds>)",
            first.tail(15));
      }
      sleep();
    }
  }

  /** UP on {@code /actuator/health/readiness}. */
  public boolean isUp(ChildProcess child) {
    String url =
        "http://127.0.0.1:"
            + ports.of(child.definition().endpoint())
            + child.definition().readinessPath();
    try {
      HttpJson.Response response = http.get(url, null);
      return response.status() == 200 && "UP".equals(response.json().path("status").asString());
    } catch (IOException | RuntimeException notYet) {
      return false;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartFailure("interrupted while waiting for Mooring to be ready", List.of());
    }
  }
}
