package io.mooring.notification.email;

import io.mooring.notification.config.NotificationProperties;
import java.time.Duration;

/** Exponential back-off between attempts at an email, capped; and when to give up. */
public record RetryPolicy(
    Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts) {

  public static RetryPolicy of(NotificationProperties.Retry retry) {
    return new RetryPolicy(
        retry.initialBackoff(), retry.multiplier(), retry.maxBackoff(), retry.maxAttempts());
  }

  /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
  public Duration backoffAfter(int attempts) {
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
    return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
  }

  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
