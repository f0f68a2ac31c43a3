package io.mooring.graph.error;

/**
 * The object does not exist or cannot be seen (code 100 with subcode 33 or a "does not exist"
 * message, code 803).
 */
public final class NotFoundException extends GraphApiException {

  public NotFoundException(ErrorDetails details) {
    super(details);
  }

  @Override
  public GraphOutcome outcome() {
    return GraphOutcome.NOT_FOUND;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
