package io.mooring.provisioner.setup;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.error.InvalidRequestException;
import io.mooring.graph.error.NotFoundException;
import io.mooring.graph.error.PermissionDeniedException;
import io.mooring.graph.error.PolicyBlockedException;
import io.mooring.graph.error.ThrottledException;
import io.mooring.graph.error.TokenInvalidException;
import io.mooring.graph.error.TransientException;
import java.time.Duration;
import java.util.List;

/**
 * Turns a Graph error at a given step into a decision. Whose token failed matters: step 1 acts with
 * the client admin's token, step 2 with the partner's, later steps with the System User's.
 */
final class FailureClassifier {
  private FailureClassifier() {}

  static SetupFailure classify(ProvisioningStep step, GraphApiException error) {
    String detail =
        step
            + ": "
            + error.outcome()
            + error.code().stream().mapToObj(c -> " (#" + c + ")").findFirst().orElse("");
    if (error instanceof ThrottledException throttled) {
      return new SetupFailure.Retry(throttled.retryAfter(), ReasonCode.THROTTLED_TOO_LONG, detail);
    }
    if (error instanceof TransientException) {
      return new SetupFailure.Retry(Duration.ZERO, ReasonCode.META_UNAVAILABLE, detail);
    }
    if (error instanceof PolicyBlockedException blocked) {
      return new SetupFailure.Retry(blocked.retryAfter(), ReasonCode.POLICY_BLOCKED, detail);
    }
    if (error instanceof NotFoundException) {
      return new SetupFailure.Permanent(ReasonCode.INVALID_REQUEST, detail, List.of());
    }
    return switch (step) {
      case LINK_BUSINESS ->
          error instanceof TokenInvalidException
              ? new SetupFailure.Permanent(ReasonCode.ADMIN_TOKEN_EXPIRED, detail, List.of())
              : new SetupFailure.Permanent(ReasonCode.NOT_A_BUSINESS_ADMIN, detail, List.of());
      case CREATE_SYSTEM_USER_TOKEN ->
          error instanceof InvalidRequestException && mentionsLimit(error)
              ? new SetupFailure.Permanent(ReasonCode.SYSTEM_USER_LIMIT_REACHED, detail, List.of())
              : new SetupFailure.Permanent(
                  ReasonCode.PARTNER_CONFIGURATION_INVALID, detail, List.of());
      case IDENTIFY_SYSTEM_USER, VERIFY_TOKEN ->
          error instanceof TokenInvalidException || error instanceof PermissionDeniedException
              ? new SetupFailure.RestartFromToken(detail)
              : new SetupFailure.Permanent(ReasonCode.UNEXPECTED_ERROR, detail, List.of());
      case DONE -> new SetupFailure.Permanent(ReasonCode.UNEXPECTED_ERROR, detail, List.of());
    };
  }

  private static boolean mentionsLimit(GraphApiException error) {
    return error.error().map(e -> e.message().toLowerCase().contains("limit")).orElse(false);
  }
}
