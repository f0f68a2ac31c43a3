package io.mooring.graph.error;

import java.time.Duration;
import java.util.Objects;

/**
 * "Temporarily blocked for policies violations" (code 368). Retryable only after a long wait:
 * {@link #retryAfter()} is the configured policy-block wait.
 */
public final class PolicyBlockedException extends GraphApiException {

  private final Duration retryAfter;

  public PolicyBlockedException(ErrorDetails details, Duration retryAfter) {
    super(details, details.describe() + " (retry after " + retryAfter + ")", null);
    this.retryAfter = Objects.requireNonNull(retryAfter);
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public GraphOutcome outcome() {
    return GraphOutcome.POLICY_BLOCKED;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
