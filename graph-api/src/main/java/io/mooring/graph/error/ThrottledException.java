package io.mooring.graph.error;

import java.time.Duration;
import java.util.Objects;

/**
 * Meta throttled the call (codes 4, 17, 32, 341, 613, 80000-80014). Stop calling for {@link
 * #retryAfter()}: more calls only extend the throttle.
 */
public final class ThrottledException extends GraphApiException {

  private final Duration retryAfter;

  public ThrottledException(ErrorDetails details, Duration retryAfter) {
    super(details, details.describe() + " (retry after " + retryAfter + ")", null);
    this.retryAfter = Objects.requireNonNull(retryAfter);
  }

  /**
   * From {@code X-Business-Use-Case-Usage} {@code estimated_time_to_regain_access} (minutes) when
   * Meta sent it, else the configured default.
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public GraphOutcome outcome() {
    return GraphOutcome.THROTTLED;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
