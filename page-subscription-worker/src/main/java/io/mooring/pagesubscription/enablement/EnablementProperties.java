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
 * @param lease how long a page stays with the worker that took it without news from it; renewed
 *     while the worker is alive, so a crashed worker's pages come back after at most this long
 */
@ConfigurationProperties("mooring.enablement")
public record EnablementProperties(
    List<String> webhookFields,
    Integer concurrency,
    Integer maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxThrottledFor,
    Duration pollInterval,
    Duration lease) {

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
    lease = lease == null ? Duration.ofSeconds(30) : lease;
  }
}
