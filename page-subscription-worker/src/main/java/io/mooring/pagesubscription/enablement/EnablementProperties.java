package io.mooring.pagesubscription.enablement;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How pages are moved and retried.
 *
 * @param webhookFields the page webhook fields Mooring subscribes its app to
 * @param concurrency pages worked on at once by one worker instance
 * @param maxAttempts attempts of a page that keeps failing transiently
 * @param initialBackoff first wait of a failing page (doubles, with jitter)
 * @param maxBackoff longest wait between two attempts of a page
 * @param maxThrottledFor how long a page may stay throttled before it fails
 * @param pollInterval how often an idle worker looks for due pages
 */
@ConfigurationProperties("mooring.enablement")
public record EnablementProperties(
    List<String> webhookFields,
    Integer concurrency,
    Integer maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxThrottledFor,
    Duration pollInterval) {

  public EnablementProperties {
    webhookFields =
        webhookFields == null || webhookFields.isEmpty()
            ? List.of("feed", "mention", "messages")
            : List.copyOf(webhookFields);
    concurrency = concurrency == null ? 16 : concurrency;
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
    maxThrottledFor = maxThrottledFor == null ? Duration.ofHours(1) : maxThrottledFor;
    pollInterval = pollInterval == null ? Duration.ofMillis(100) : pollInterval;
  }
}
