package io.mooring.graph.error;

import io.mooring.graph.usage.GraphUsage;
import java.util.Objects;

/**
 * What every {@link GraphApiException} carries.
 *
 * @param operation the operation name, e.g. {@code me.accounts} (same as the metric tag)
 * @param httpStatus HTTP status of the answer, 0 when none arrived
 * @param error Meta's error object, null when the failure was not a Meta error
 * @param usage usage headers of the failed answer ({@link GraphUsage#NONE} when none)
 */
public record ErrorDetails(String operation, int httpStatus, GraphError error, GraphUsage usage) {

  public ErrorDetails {
    Objects.requireNonNull(operation, "operation");
    usage = usage == null ? GraphUsage.NONE : usage;
  }

  public static ErrorDetails ofMetaError(
      String operation, int httpStatus, GraphError error, GraphUsage usage) {
    return new ErrorDetails(operation, httpStatus, Objects.requireNonNull(error), usage);
  }

  public static ErrorDetails withoutMetaError(String operation, int httpStatus, GraphUsage usage) {
    return new ErrorDetails(operation, httpStatus, null, usage);
  }

  /** Human-readable summary without any secret (the Meta message is already scrubbed). */
  String describe() {
    StringBuilder text = new StringBuilder("[").append(operation).append("]");
    if (error != null) {
      text.append(" code=").append(error.code());
      if (error.subcode() != null) {
        text.append(" subcode=").append(error.subcode());
      }
      if (error.type() != null) {
        text.append(" type=").append(error.type());
      }
      if (error.fbtraceId() != null) {
        text.append(" fbtrace_id=").append(error.fbtraceId());
      }
    }
    if (httpStatus > 0) {
      text.append(" http=").append(httpStatus);
    }
    if (error != null && error.message() != null) {
      text.append(": ").append(error.message());
    }
    return text.toString();
  }
}
