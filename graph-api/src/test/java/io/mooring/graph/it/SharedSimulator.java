package io.mooring.graph.it;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.GraphApiConfig;
import io.mooring.graph.usage.LatestUsageTracker;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real graph-simulator per test JVM (a Spring Boot app on a random port), shared by every
 * {@code *IT} class and closed when the test run ends.
 */
public final class SharedSimulator implements BeforeAllCallback {

  /** Short, so injected latency can prove the read timeout without slowing the suite. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedSimulator.class);

  static EmbeddedGraphSimulator simulator;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "simulator",
            key -> {
              simulator = EmbeddedGraphSimulator.start(Map.of());
              return simulator; // AutoCloseable: JUnit closes it when the run ends
            });
  }

  /** A fresh client (own registry and usage tracker) pointed at the simulator. */
  static Client client() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    LatestUsageTracker usage = new LatestUsageTracker();
    GraphApiConfig config =
        GraphApiConfig.builder(simulator.appId(), simulator.appSecret())
            .baseUrl(simulator.baseUrl())
            .readTimeout(READ_TIMEOUT)
            .build();
    GraphApiClient graph =
        GraphApiClient.builder(config).meterRegistry(registry).usageListener(usage).build();
    return new Client(graph, registry, usage);
  }

  record Client(GraphApiClient graph, SimpleMeterRegistry registry, LatestUsageTracker usage) {}
}
