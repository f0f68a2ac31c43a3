package io.mooring.graph.transport;

/**
 * Maps a successful answer to a result. Throw {@link MalformedResponseException} when the body
 * lacks what the operation needs.
 */
@FunctionalInterface
public interface ResponseParser<T> {

  T parse(GraphResponse response);
}
