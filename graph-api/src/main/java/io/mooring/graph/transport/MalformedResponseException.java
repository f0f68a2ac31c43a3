package io.mooring.graph.transport;

/**
 * Thrown by a {@link ResponseParser} when the body is not what the operation expects; the transport
 * turns it into a transient failure. Its message must not contain response values.
 */
public class MalformedResponseException extends RuntimeException {

  public MalformedResponseException(String message) {
    super(message);
  }
}
