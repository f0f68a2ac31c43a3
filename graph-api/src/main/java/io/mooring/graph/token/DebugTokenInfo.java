package io.mooring.graph.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code debug_token} says about a token.
 *
 * @param expiresAt empty when Meta reports 0: the token does not expire
 * @param dataAccessExpiresAt empty when Meta reports 0 or nothing
 * @param error why the token is invalid, when it is
 */
public record DebugTokenInfo(
    String appId,
    TokenType type,
    String application,
    String userId,
    boolean valid,
    Optional<Instant> issuedAt,
    Optional<Instant> expiresAt,
    Optional<Instant> dataAccessExpiresAt,
    List<String> scopes,
    List<GranularScope> granularScopes,
    Optional<TokenDebugError> error) {

  public DebugTokenInfo {
    scopes = List.copyOf(scopes);
    granularScopes = List.copyOf(granularScopes);
  }

  public boolean neverExpires() {
    return expiresAt.isEmpty();
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /** The {@code error} object of an invalid token. */
  public record TokenDebugError(int code, Integer subcode, String message) {}
}
