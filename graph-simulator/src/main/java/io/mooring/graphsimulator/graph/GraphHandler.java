package io.mooring.graphsimulator.graph;

/** Answers one operation; returns the JSON-able body or throws {@link GraphException}. */
@FunctionalInterface
public interface GraphHandler {
  Object handle(CallContext ctx);
}
