package io.mooring.graph.error;

/**
 * A permission is missing or was removed (codes 3, 10, 200-299). Permanent until the app, the
 * token's scopes or the asset's tasks change.
 */
public final class PermissionDeniedException extends GraphApiException {

  public PermissionDeniedException(ErrorDetails details) {
    super(details);
  }

  @Override
  public GraphOutcome outcome() {
    return GraphOutcome.PERMISSION_DENIED;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
