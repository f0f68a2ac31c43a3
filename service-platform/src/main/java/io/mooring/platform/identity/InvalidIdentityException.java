package io.mooring.platform.identity;

/** The request carries no identity the service can trust. */
public class InvalidIdentityException extends RuntimeException {
  public InvalidIdentityException(String reason) {
    super(reason);
  }

  public InvalidIdentityException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
