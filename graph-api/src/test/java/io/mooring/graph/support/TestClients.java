package io.mooring.graph.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.GraphApiConfig;
import io.mooring.graph.usage.UsageListener;
import java.net.URI;
import java.time.Duration;

/** Clients pointed at a local server, with short timeouts. */
public final class TestClients {

  public static final String APP_ID = "1234567890";
  public static final String APP_SECRET = "app-secret-0123456789abcdef";
  public static final Duration READ_TIMEOUT = Duration.ofMillis(700);
  public static final Duration DEFAULT_THROTTLE = Duration.ofSeconds(90);
  public static final Duration POLICY_BLOCK = Duration.ofHours(6);

  private TestClients() {}

  public static GraphApiConfig config(URI baseUrl) {
    return GraphApiConfig.builder(APP_ID, APP_SECRET)
        .baseUrl(baseUrl)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(READ_TIMEOUT)
        .defaultThrottleRetryAfter(DEFAULT_THROTTLE)
        .policyBlockRetryAfter(POLICY_BLOCK)
        .build();
  }

  public static GraphApiClient client(
      URI baseUrl, MeterRegistry registry, UsageListener... listeners) {
    GraphApiClient.Builder builder =
        GraphApiClient.builder(config(baseUrl)).meterRegistry(registry);
    for (UsageListener listener : listeners) {
      builder.usageListener(listener);
    }
    return builder.build();
  }
}
