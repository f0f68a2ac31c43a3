package io.mooring.graph.token;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A token Meta issued ({@code {"access_token","token_type","expires_in"}}). Its {@code toString}
 * masks the token.
 *
 * @param expiresIn empty when Meta did not say (non-expiring system user tokens)
 */
public record TokenGrant(
    AccessToken accessToken, Optional<String> tokenType, Optional<Duration> expiresIn) {

  public TokenGrant {
    Objects.requireNonNull(accessToken, "accessToken");
  }
}
