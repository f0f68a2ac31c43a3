package io.mooring.graph.error;

import java.time.Duration;
import java.util.Objects;

/**
 * Turns Meta's error object into a {@link GraphApiException} subtype, following Meta's "What To Do"
 * column (see the README's table). The code decides; the HTTP status only breaks ties for codes
 * Meta does not document.
 */
public final class ErrorClassifier {

  /** Code 100 subcode 33: "Object with ID ... does not exist, cannot be loaded ...". */
  private static final int UNKNOWN_OBJECT_SUBCODE = 33;

  private final Duration defaultThrottleRetryAfter;
  private final Duration policyBlockRetryAfter;

  public ErrorClassifier(Duration defaultThrottleRetryAfter, Duration policyBlockRetryAfter) {
    this.defaultThrottleRetryAfter = Objects.requireNonNull(defaultThrottleRetryAfter);
    this.policyBlockRetryAfter = Objects.requireNonNull(policyBlockRetryAfter);
  }

  public GraphApiException classify(ErrorDetails details) {
    GraphError error = Objects.requireNonNull(details.error(), "Meta error");
    int code = error.code();
    if (code == 190 || code == 102) {
      return new TokenInvalidException(details, TokenProblem.fromSubcode(error.subcode()));
    }
    if (code == 368) {
      return new PolicyBlockedException(details, policyBlockRetryAfter);
    }
    if (isThrottle(code)) {
      Duration retryAfter =
          details.usage().estimatedTimeToRegainAccess().orElse(defaultThrottleRetryAfter);
      return new ThrottledException(details, retryAfter);
    }
    if (code == 1 || code == 2) {
      return new TransientException(details, TransientKind.META_ERROR);
    }
    if (isNotFound(error)) {
      return new NotFoundException(details);
    }
    if (code == 3 || code == 10 || (code >= 200 && code <= 299)) {
      return new PermissionDeniedException(details);
    }
    if (code == 100 || code == 506 || code == 1609005) {
      return new InvalidRequestException(details);
    }
    // A code Meta does not document for us: trust its hint, then the status.
    if (error.saysTransient() || details.httpStatus() >= 500) {
      return new TransientException(details, TransientKind.META_ERROR);
    }
    return new InvalidRequestException(details);
  }

  /**
   * App (4), user (17), Pages-with-user-token (32), application limit (341), custom (613) and
   * Business Use Case (80000-80014) rate limits.
   */
  static boolean isThrottle(int code) {
    return code == 4
        || code == 17
        || code == 32
        || code == 341
        || code == 613
        || (code >= 80000 && code <= 80014);
  }

  private static boolean isNotFound(GraphError error) {
    if (error.code() == 803) {
      return true;
    }
    return error.code() == 100
        && (Integer.valueOf(UNKNOWN_OBJECT_SUBCODE).equals(error.subcode())
            || error.messageContains("does not exist"));
  }
}
