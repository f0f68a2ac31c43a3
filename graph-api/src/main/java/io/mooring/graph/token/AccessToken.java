package io.mooring.graph.token;

import java.util.Objects;

/**
 * A Graph API access token (user, system user, page or app token).
 *
 * <p>Wrapping the raw string keeps it out of logs by accident: {@link #toString()} prints a mask,
 * so records that carry a token ({@link TokenGrant}, page accounts) are safe to log. Call {@link
 * #value()} only where the token must go on the wire or into a vault.
 */
public final class AccessToken {

  private final String value;

  private AccessToken(String value) {
    this.value = value;
  }

  public static AccessToken of(String value) {
    Objects.requireNonNull(value, "access token");
    if (value.isBlank()) {
      throw new IllegalArgumentException("access token must not be blank");
    }
    return new AccessToken(value);
  }

  /** The app access token {@code appId|appSecret}, accepted by {@code debug_token}. */
  public static AccessToken app(String appId, String appSecret) {
    return of(appId + "|" + appSecret);
  }

  /** The raw token. Never log it. */
  public String value() {
    return value;
  }

  /** A short, log-safe form: the first 4 characters and an ellipsis. */
  public String masked() {
    return Secrets.mask(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccessToken token && token.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
