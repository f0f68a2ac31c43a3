package io.mooring.graph.error;

import io.mooring.graph.usage.GraphUsage;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A failed Graph call, classified by Meta's error code (never by HTTP status alone). Catch a
 * subtype to decide what to do; see the module README for the code table.
 *
 * <p>Carries the operation name, code, subcode and fbtrace_id. Never carries a token: Meta's
 * message is scrubbed of the request's secrets before it gets here.
 */
public abstract sealed class GraphApiException extends RuntimeException
    permits ThrottledException,
        TransientException,
        TokenInvalidException,
        PermissionDeniedException,
        InvalidRequestException,
        NotFoundException,
        PolicyBlockedException {

  private final transient ErrorDetails details;

  protected GraphApiException(ErrorDetails details, String message, Throwable cause) {
    super(message, cause);
    this.details = details;
  }

  protected GraphApiException(ErrorDetails details) {
    this(details, details.describe(), null);
  }

  /** The outcome tag used for metrics. */
  public abstract GraphOutcome outcome();

  /** Whether the same call may succeed later without anyone changing anything. */
  public abstract boolean isRetryable();

  public String operation() {
    return details.operation();
  }

  /** HTTP status of the answer; 0 when no answer arrived (timeout, connection failure). */
  public int httpStatus() {
    return details.httpStatus();
  }

  public Optional<GraphError> error() {
    return Optional.ofNullable(details.error());
  }

  public OptionalInt code() {
    return details.error() == null ? OptionalInt.empty() : OptionalInt.of(details.error().code());
  }

  public OptionalInt subcode() {
    return details.error() == null ? OptionalInt.empty() : details.error().subcodeValue();
  }

  public Optional<String> fbtraceId() {
    return error().flatMap(GraphError::fbtrace);
  }

  /** Usage headers of the failed answer, so a caller can slow down. */
  public GraphUsage usage() {
    return details.usage();
  }

  public ErrorDetails details() {
    return details;
  }
}
