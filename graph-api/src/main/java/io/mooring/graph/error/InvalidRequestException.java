package io.mooring.graph.error;

/**
 * Meta rejected the request itself (code 100, 506, 1609005, and unknown codes that are neither
 * flagged transient nor sent with a 5xx). Permanent: fix the request or configuration.
 */
public final class InvalidRequestException extends GraphApiException {

  public InvalidRequestException(ErrorDetails details) {
    super(details);
  }

  @Override
  public GraphOutcome outcome() {
    return GraphOutcome.INVALID_REQUEST;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
