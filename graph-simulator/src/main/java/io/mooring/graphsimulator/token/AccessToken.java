package io.mooring.graphsimulator.token;

import java.time.Instant;
import java.util.Set;

/**
 * An issued token. {@code expiresAt} is null for non-expiring tokens. {@code generation} is the
 * person's session generation (USER) or the system user's token generation (SYSTEM_USER) at issue
 * time; a later bump invalidates the token. PAGE tokens carry the token they were derived from.
 */
public final class AccessToken {
  private final String value;
  private final TokenType type;
  private final String appId;
  private final String userId;
  private final String pageId;
  private final Set<String> scopes;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private final int generation;
  private final AccessToken parent;
  private volatile boolean revoked;

  public AccessToken(
      String value,
      TokenType type,
      String appId,
      String userId,
      String pageId,
      Set<String> scopes,
      Instant issuedAt,
      Instant expiresAt,
      int generation,
      AccessToken parent) {
    this.value = value;
    this.type = type;
    this.appId = appId;
    this.userId = userId;
    this.pageId = pageId;
    this.scopes = Set.copyOf(scopes);
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
    this.generation = generation;
    this.parent = parent;
  }

  public String value() {
    return value;
  }

  public TokenType type() {
    return type;
  }

  public String appId() {
    return appId;
  }

  /** The person or system user behind the token (for PAGE tokens: who minted it). */
  public String userId() {
    return userId;
  }

  public String pageId() {
    return pageId;
  }

  public Set<String> scopes() {
    return scopes;
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int generation() {
    return generation;
  }

  public AccessToken parent() {
    return parent;
  }

  public boolean revoked() {
    return revoked;
  }

  public void revoke() {
    this.revoked = true;
  }

  /** For logs and admin views: never the whole token. */
  public String masked() {
    return mask(value);
  }

  public static String mask(String token) {
    if (token == null) {
      return "null";
    }
    return token.length() <= 4 ? "…" : token.substring(0, 4) + "…";
  }

  @Override
  public String toString() {
    return "AccessToken[" + type + " " + masked() + "]";
  }
}
