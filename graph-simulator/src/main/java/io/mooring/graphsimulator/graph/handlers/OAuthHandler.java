package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphError;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.GraphException;
import io.mooring.graphsimulator.graph.TokenValidator;
import io.mooring.graphsimulator.login.LoginCode;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code /oauth/access_token}: authorization-code exchange (Facebook Login for Business), {@code
 * grant_type=fb_exchange_token} refresh, {@code grant_type=client_credentials}; and {@code
 * /oauth/revoke}.
 */
@Component
public class OAuthHandler {
  private final SimulatorProperties properties;

  public OAuthHandler(SimulatorProperties properties) {
    this.properties = properties;
  }

  public Object accessToken(CallContext ctx) {
    App app = authenticateClient(ctx);
    String grantType = ctx.param("grant_type");
    if ("fb_exchange_token".equals(grantType)) {
      return exchange(ctx, app);
    }
    if ("client_credentials".equals(grantType)) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("access_token", app.id() + "|" + app.secret());
      out.put("token_type", "bearer");
      return out;
    }
    return redeemCode(ctx, app);
  }

  public Object revoke(CallContext ctx) {
    App app = authenticateClient(ctx);
    AccessToken token = ctx.sim().tokens().find(ctx.requireParam("revoke_token"));
    if (token == null || !token.appId().equals(app.id())) {
      throw new GraphException(GraphErrors.unparsableToken());
    }
    token.revoke();
    return Map.of("success", "true");
  }

  private Object redeemCode(CallContext ctx, App app) {
    String redirectUri = ctx.param("redirect_uri");
    if (redirectUri == null) {
      throw raw(100, null, "Missing redirect_uri parameter.");
    }
    LoginCode code = ctx.sim().loginCodes().find(ctx.requireParam("code"));
    if (code == null || !code.appId().equals(app.id())) {
      throw raw(100, null, "Invalid verification code format.");
    }
    if (code.used()) {
      throw raw(100, 36009, "This authorization code has been used.");
    }
    if (!ctx.now().isBefore(code.expiresAt())) {
      throw raw(100, 36007, "This authorization code has expired.");
    }
    if (!code.redirectUri().equals(redirectUri)) {
      throw raw(
          100,
          36008,
          "Error validating verification code. Please make sure your redirect_uri is identical to"
              + " the one you used in the OAuth dialog request");
    }
    if (!code.markUsed()) {
      throw raw(100, 36009, "This authorization code has been used.");
    }
    Person person = ctx.world().person(code.personId());
    AccessToken token = issueUserToken(ctx, app, person, code.scopes());
    return tokenResponse(token, ctx.now());
  }

  /** A fresh token of the same kind; the old one stays valid until its own expiry. */
  private Object exchange(CallContext ctx, App app) {
    World world = ctx.world();
    AccessToken old = ctx.sim().tokens().find(ctx.requireParam("fb_exchange_token"));
    if (old == null) {
      throw new GraphException(GraphErrors.unparsableToken());
    }
    GraphError problem = TokenValidator.problem(world, old, ctx.now());
    if (problem != null) {
      throw new GraphException(problem);
    }
    if (!old.appId().equals(app.id())) {
      throw GraphErrors.invalidParameter("The token was not issued for app " + app.id());
    }
    Instant now = ctx.now();
    AccessToken fresh =
        switch (old.type()) {
          case USER -> issueUserToken(ctx, app, world.person(old.userId()), old.scopes());
          case SYSTEM_USER -> {
            boolean expiring = ctx.flag("set_token_expires_in_60_days") || old.expiresAt() != null;
            yield ctx.sim()
                .tokens()
                .issue(
                    TokenType.SYSTEM_USER,
                    app.id(),
                    old.userId(),
                    null,
                    old.scopes(),
                    now,
                    expiring ? now.plus(properties.tokens().expiringSystemUserTokenTtl()) : null,
                    old.generation(),
                    null);
          }
          case PAGE ->
              ctx.sim()
                  .tokens()
                  .issue(
                      TokenType.PAGE,
                      app.id(),
                      old.userId(),
                      old.pageId(),
                      old.scopes(),
                      now,
                      old.expiresAt(),
                      old.generation(),
                      old.parent());
          case APP -> throw GraphErrors.invalidParameter("App access tokens cannot be exchanged");
        };
    return tokenResponse(fresh, now);
  }

  AccessToken issueUserToken(
      CallContext ctx, App app, Person person, java.util.Collection<String> scopes) {
    Instant now = ctx.now();
    return ctx.sim()
        .tokens()
        .issue(
            TokenType.USER,
            app.id(),
            person.id(),
            null,
            java.util.Set.copyOf(scopes),
            now,
            now.plus(properties.tokens().userTokenTtl()),
            person.sessionGeneration(),
            null);
  }

  private static Map<String, Object> tokenResponse(AccessToken token, Instant now) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("access_token", token.value());
    out.put("token_type", "bearer");
    if (token.expiresAt() != null) {
      out.put("expires_in", Duration.between(now, token.expiresAt()).getSeconds());
    }
    return out;
  }

  private static App authenticateClient(CallContext ctx) {
    String clientId = ctx.param("client_id");
    if (clientId == null) {
      throw raw(101, null, "Missing client_id parameter.");
    }
    App app = ctx.world().app(clientId);
    if (app == null) {
      throw raw(101, null, "Error validating application. Invalid application ID.");
    }
    String secret = ctx.param("client_secret");
    if (secret == null) {
      throw raw(1, null, "Missing client_secret parameter.");
    }
    if (!app.secret().equals(secret)) {
      throw raw(1, null, "Error validating client secret.");
    }
    return app;
  }

  /** OAuth endpoint errors: no "(#code)" prefix, never transient. */
  private static GraphException raw(int code, Integer subcode, String message) {
    return new GraphException(
        new GraphError(400, message, GraphErrors.OAUTH, code, subcode, false, null, null));
  }
}
