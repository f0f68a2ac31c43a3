package io.mooring.graphsimulator.login;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** A Facebook Login authorization code: bound to app and redirect URI, single-use, short-lived. */
public final class LoginCode {
  private final String code;
  private final String appId;
  private final String personId;
  private final Set<String> scopes;
  private final String redirectUri;
  private final Instant expiresAt;
  private final AtomicBoolean used = new AtomicBoolean();

  public LoginCode(
      String code,
      String appId,
      String personId,
      Set<String> scopes,
      String redirectUri,
      Instant expiresAt) {
    this.code = code;
    this.appId = appId;
    this.personId = personId;
    this.scopes = Set.copyOf(scopes);
    this.redirectUri = redirectUri;
    this.expiresAt = expiresAt;
  }

  public String code() {
    return code;
  }

  public String appId() {
    return appId;
  }

  public String personId() {
    return personId;
  }

  public Set<String> scopes() {
    return scopes;
  }

  public String redirectUri() {
    return redirectUri;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean used() {
    return used.get();
  }

  /** True only for the first caller. */
  public boolean markUsed() {
    return used.compareAndSet(false, true);
  }
}
