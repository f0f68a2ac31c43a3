package io.mooring.graphsimulator.graph;

import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.SystemUser;

/**
 * Who is calling, from a validated token. For PAGE tokens {@code person}/{@code systemUser} is who
 * minted it and {@code page} the page it acts as.
 */
public record Caller(AccessToken token, App app, Person person, SystemUser systemUser, Page page) {

  public TokenType type() {
    return token.type();
  }

  /** The person or system user behind the token; null for app tokens. */
  public String userId() {
    return token.userId();
  }

  public boolean hasScope(String scope) {
    return token.hasScope(scope);
  }

  public boolean isUser() {
    return type() == TokenType.USER;
  }

  public boolean isSystemUser() {
    return type() == TokenType.SYSTEM_USER;
  }

  public boolean isPage() {
    return type() == TokenType.PAGE;
  }

  public boolean isApp() {
    return type() == TokenType.APP;
  }
}
