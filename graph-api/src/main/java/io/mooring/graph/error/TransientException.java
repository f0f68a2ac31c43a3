package io.mooring.graph.error;

import java.util.Objects;

/**
 * A temporary failure: Meta error 1 or 2 (or an unknown code Meta flags transient or sends with a
 * 5xx), a timeout, a failed connection, a 5xx without Meta body or a malformed body. Back off and
 * retry.
 */
public final class TransientException extends GraphApiException {

  private final TransientKind kind;

  public TransientException(ErrorDetails details, TransientKind kind) {
    this(details, kind, details.describe() + " (" + kind + ")", null);
  }

  public TransientException(
      ErrorDetails details, TransientKind kind, String message, Throwable cause) {
    super(details, message, cause);
    this.kind = Objects.requireNonNull(kind);
  }

  public TransientKind kind() {
    return kind;
  }

  @Override
  public GraphOutcome outcome() {
    return GraphOutcome.TRANSIENT;
  }

  @Override
  public boolean isRetryable() {
    return kind != TransientKind.INTERRUPTED;
  }
}
