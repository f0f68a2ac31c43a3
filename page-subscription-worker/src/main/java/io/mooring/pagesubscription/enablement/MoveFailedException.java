package io.mooring.pagesubscription.enablement;

import io.mooring.graph.error.GraphApiException;

/** A Graph call of a move failed; says at which step. */
public class MoveFailedException extends RuntimeException {
  private final MoveStep step;

  public MoveFailedException(MoveStep step, GraphApiException cause) {
    super(step + ": " + cause.outcome(), cause);
    this.step = step;
  }

  public MoveStep step() {
    return step;
  }

  public GraphApiException graphError() {
    return (GraphApiException) getCause();
  }
}
