package io.mooring.platform.kafka;

/**
 * Thrown by a handler when a well-formed record can never be processed (it breaks a business rule).
 * It is not retried: the record goes straight to the dead-letter topic with this message.
 */
public class PoisonMessageException extends RuntimeException {
  public PoisonMessageException(String reason) {
    super(reason);
  }
}
