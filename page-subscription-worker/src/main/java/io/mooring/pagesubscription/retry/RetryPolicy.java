package io.mooring.pagesubscription.retry;

import io.github.resilience4j.core.IntervalFunction;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.error.InvalidRequestException;
import io.mooring.graph.error.NotFoundException;
import io.mooring.graph.error.PermissionDeniedException;
import io.mooring.graph.error.PolicyBlockedException;
import io.mooring.graph.error.ThrottledException;
import io.mooring.graph.error.TokenInvalidException;
import io.mooring.graph.error.TokenProblem;
import io.mooring.graph.error.TransientException;
import io.mooring.pagesubscription.enablement.EnablementProperties;
import io.mooring.pagesubscription.enablement.MoveStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Per-page retries: exponential backoff with jitter, never sooner than Meta's estimate; permanent
 * errors fail at once with the reason that fits the step; retries are bounded by attempts (and, for
 * throttling, by how long the page has waited).
 */
public class RetryPolicy {
  private final EnablementProperties properties;
  private final IntervalFunction backoff;

  public RetryPolicy(EnablementProperties properties) {
    this.properties = properties;
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            properties.initialBackoff(), 2.0, 0.5, properties.maxBackoff());
  }

  /**
   * @param attemptsSoFar failed attempts before this one
   * @param firstAttemptAt when the page was first tried
   */
  public PageDecision decide(
      MoveStep step,
      GraphApiException error,
      int attemptsSoFar,
      Instant firstAttemptAt,
      Instant now) {
    int attempts = attemptsSoFar + 1;
    String detail =
        step
            + ": "
            + error.outcome()
            + error.code().stream().mapToObj(c -> " #" + c).findFirst().orElse("");
    if (error instanceof ThrottledException throttled) {
      if (Duration.between(firstAttemptAt, now).compareTo(properties.maxThrottledFor()) > 0) {
        return new PageDecision.Fail(ReasonCode.THROTTLED_TOO_LONG, detail);
      }
      Duration wait = max(throttled.retryAfter(), Duration.ofMillis(backoff.apply(attempts)));
      return new PageDecision.RetryAt(now.plus(wait), detail);
    }
    if (error instanceof TransientException) {
      return attempts >= properties.maxAttempts()
          ? new PageDecision.Fail(ReasonCode.META_UNAVAILABLE, detail)
          : new PageDecision.RetryAt(now.plusMillis(backoff.apply(attempts)), detail);
    }
    if (error instanceof PolicyBlockedException) {
      return new PageDecision.Fail(ReasonCode.POLICY_BLOCKED, detail);
    }
    if (error instanceof NotFoundException) {
      return new PageDecision.Fail(ReasonCode.PAGE_NOT_FOUND, detail);
    }
    if (error instanceof TokenInvalidException invalid) {
      return tokenInvalid(step, invalid, attempts, now, detail);
    }
    if (error instanceof PermissionDeniedException denied) {
      return new PageDecision.Fail(
          step == MoveStep.SUBSCRIBE && mentionsAppPlatform(denied)
              ? ReasonCode.APP_PLATFORM_DISABLED
              : ReasonCode.PERMISSION_DENIED,
          detail);
    }
    if (error instanceof InvalidRequestException) {
      return new PageDecision.Fail(ReasonCode.INVALID_REQUEST, detail);
    }
    return new PageDecision.Fail(ReasonCode.UNEXPECTED_ERROR, detail);
  }

  /** A failure that is not Meta's (a bug, the store): retried like a transient one. */
  public PageDecision unexpected(RuntimeException error, int attemptsSoFar, Instant now) {
    int attempts = attemptsSoFar + 1;
    String detail = error.getClass().getSimpleName();
    return attempts >= properties.maxAttempts()
        ? new PageDecision.Fail(ReasonCode.UNEXPECTED_ERROR, detail)
        : new PageDecision.RetryAt(now.plusMillis(backoff.apply(attempts)), detail);
  }

  private PageDecision tokenInvalid(
      MoveStep step, TokenInvalidException invalid, int attempts, Instant now, String detail) {
    return switch (step) {
      case CHECK, ASSIGN -> new PageDecision.Fail(ReasonCode.BM_CONNECTION_EXPIRED, detail);
      case PAGE_TOKEN, SUBSCRIBE ->
          invalid.problem() == TokenProblem.INVALID_SESSION_NO_PAGE_ROLE
                  && attempts < properties.maxAttempts()
              ? new PageDecision.RetryAt(now.plusMillis(backoff.apply(attempts)), detail)
              : new PageDecision.Fail(
                  invalid.problem() == TokenProblem.INVALID_SESSION_NO_PAGE_ROLE
                      ? ReasonCode.SYSTEM_USER_LOST_PAGE_ROLE
                      : ReasonCode.SYSTEM_USER_NOT_SET_UP,
                  detail);
    };
  }

  private static boolean mentionsAppPlatform(PermissionDeniedException denied) {
    return denied
        .error()
        .map(e -> e.message().toLowerCase(Locale.ROOT).contains("app platform"))
        .orElse(false);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
