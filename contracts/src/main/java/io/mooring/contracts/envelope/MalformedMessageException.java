package io.mooring.contracts.envelope;

/** A record that cannot be a Mooring message; the reason goes with it to the dead-letter topic. */
public class MalformedMessageException extends RuntimeException {
  public MalformedMessageException(String reason, Throwable cause) {
    super(reason, cause);
  }

  public MalformedMessageException(String reason) {
    super(reason);
  }
}
