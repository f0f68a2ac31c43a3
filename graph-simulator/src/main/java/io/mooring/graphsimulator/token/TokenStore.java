package io.mooring.graphsimulator.token;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every token issued since the last reset. Page tokens are reused per (parent token, page). */
public final class TokenStore {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
  private final Map<String, AccessToken> pageTokens = new ConcurrentHashMap<>();

  public AccessToken find(String value) {
    return value == null ? null : tokens.get(value);
  }

  public AccessToken register(AccessToken token) {
    tokens.put(token.value(), token);
    return token;
  }

  public AccessToken issue(
      TokenType type,
      String appId,
      String userId,
      String pageId,
      Set<String> scopes,
      Instant issuedAt,
      Instant expiresAt,
      int generation,
      AccessToken parent) {
    return register(
        new AccessToken(
            newValue(),
            type,
            appId,
            userId,
            pageId,
            scopes,
            issuedAt,
            expiresAt,
            generation,
            parent));
  }

  /** The page token derived from {@code parent} for {@code pageId}, minted once and reused. */
  public AccessToken pageToken(AccessToken parent, String pageId, Instant now) {
    String key = parent.value() + '|' + pageId;
    AccessToken existing = pageTokens.get(key);
    if (existing != null && !existing.revoked()) {
      return existing;
    }
    AccessToken minted =
        issue(
            TokenType.PAGE,
            parent.appId(),
            parent.userId(),
            pageId,
            parent.scopes(),
            now,
            parent.expiresAt(),
            parent.generation(),
            parent);
    pageTokens.put(key, minted);
    return minted;
  }

  public Collection<AccessToken> all() {
    return tokens.values();
  }

  public int size() {
    return tokens.size();
  }

  static String newValue() {
    StringBuilder out = new StringBuilder(160).append("EAAM");
    for (int i = 0; i < 150; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
