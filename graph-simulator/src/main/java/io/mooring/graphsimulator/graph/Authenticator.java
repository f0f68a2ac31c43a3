package io.mooring.graphsimulator.graph;

import io.mooring.graphsimulator.sim.Simulation;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.AppSecretProof;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.World;
import java.time.Instant;
import java.util.Set;

/** Turns {@code access_token} (+ {@code appsecret_proof}) into a {@link Caller}, or a 190/100. */
public final class Authenticator {
  private Authenticator() {}

  public static Caller authenticate(Simulation sim, String tokenValue, Instant now) {
    if (tokenValue == null) {
      throw GraphErrors.tokenRequired();
    }
    World world = sim.world();
    int bar = tokenValue.indexOf('|');
    if (bar > 0) {
      return appCaller(world, tokenValue, bar);
    }
    AccessToken token = sim.tokens().find(tokenValue);
    if (token == null) {
      throw new GraphException(GraphErrors.unparsableToken());
    }
    GraphError problem = TokenValidator.problem(world, token, now);
    if (problem != null) {
      throw new GraphException(problem);
    }
    App app = world.app(token.appId());
    return new Caller(
        token,
        app,
        world.person(token.userId()),
        world.systemUser(token.userId()),
        token.type() == TokenType.PAGE ? world.page(token.pageId()) : null);
  }

  /**
   * Enforces {@code appsecret_proof} when the app has "Require App Secret" on, or when the call
   * always needs it. App tokens carry the secret themselves and need no proof.
   */
  public static void checkProof(Caller caller, String proof, boolean proofAlways) {
    if (caller.isApp() || !(caller.app().requireAppSecret() || proofAlways)) {
      return;
    }
    if (proof == null) {
      throw GraphErrors.missingProof();
    }
    if (!AppSecretProof.matches(proof, caller.token().value(), caller.app().secret())) {
      throw GraphErrors.invalidProof();
    }
  }

  /** App access token {@code {app-id}|{app-secret}}. */
  private static Caller appCaller(World world, String tokenValue, int bar) {
    App app = world.app(tokenValue.substring(0, bar));
    if (app == null || !app.secret().equals(tokenValue.substring(bar + 1))) {
      throw new GraphException(GraphErrors.badAppToken());
    }
    AccessToken token =
        new AccessToken(
            tokenValue,
            TokenType.APP,
            app.id(),
            null,
            null,
            Set.of(),
            Instant.EPOCH,
            null,
            0,
            null);
    return new Caller(token, app, null, null, null);
  }
}
