package io.mooring.graphsimulator.login;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Issued authorization codes, until the next reset. */
public final class LoginCodeStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, LoginCode> codes = new ConcurrentHashMap<>();

  public LoginCode issue(
      String appId, String personId, Set<String> scopes, String redirectUri, Instant expiresAt) {
    byte[] bytes = new byte[48];
    RANDOM.nextBytes(bytes);
    String value = "AQ" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    LoginCode code = new LoginCode(value, appId, personId, scopes, redirectUri, expiresAt);
    codes.put(value, code);
    return code;
  }

  public LoginCode find(String code) {
    return code == null ? null : codes.get(code);
  }
}
