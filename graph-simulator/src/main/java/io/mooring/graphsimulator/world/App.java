package io.mooring.graphsimulator.world;

import java.util.List;

/** A Meta app. "Require App Secret" makes appsecret_proof mandatory on every user-token call. */
public final class App {
  private final String id;
  private final String name;
  private final String secret;
  private final String ownerBusinessId;
  private final String loginConfigId;
  private final List<String> loginScopes;
  private volatile boolean requireAppSecret;

  public App(
      String id,
      String name,
      String secret,
      String ownerBusinessId,
      boolean requireAppSecret,
      String loginConfigId,
      List<String> loginScopes) {
    this.id = id;
    this.name = name;
    this.secret = secret;
    this.ownerBusinessId = ownerBusinessId;
    this.requireAppSecret = requireAppSecret;
    this.loginConfigId = loginConfigId;
    this.loginScopes = List.copyOf(loginScopes);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String secret() {
    return secret;
  }

  public String ownerBusinessId() {
    return ownerBusinessId;
  }

  public boolean requireAppSecret() {
    return requireAppSecret;
  }

  public void setRequireAppSecret(boolean requireAppSecret) {
    this.requireAppSecret = requireAppSecret;
  }

  public String loginConfigId() {
    return loginConfigId;
  }

  public List<String> loginScopes() {
    return loginScopes;
  }
}
