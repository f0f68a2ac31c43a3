package io.mooring.secrets;

/** A secret could not be sealed or opened; the message never contains the secret. */
public class SecretSealingException extends RuntimeException {
  public SecretSealingException(String message, Throwable cause) {
    super(message, cause);
  }

  public SecretSealingException(String message) {
    super(message);
  }
}
