package io.mooring.graphsimulator.graph;

/** Thrown by handlers to answer with a Graph error object. Cheap: no stack trace. */
public final class GraphException extends RuntimeException {
  private final GraphError error;

  public GraphException(GraphError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public GraphError error() {
    return error;
  }
}
