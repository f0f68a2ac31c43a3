package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.SystemUser;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code POST /{system-user-id}/access_tokens} (needs appsecret_proof, an installed app, the same
 * business) and {@code DELETE} (invalidates every token of the system user, page tokens included).
 */
@Component
public class SystemUserTokensHandler {
  private final SimulatorProperties properties;

  public SystemUserTokensHandler(SimulatorProperties properties) {
    this.properties = properties;
  }

  public Object create(CallContext ctx) {
    App app = SystemUserAccess.requireBusinessApp(ctx);
    SystemUser su = ctx.systemUser();
    if (!su.installedAppIds().contains(app.id())) {
      throw GraphErrors.invalidParameter(
          "The system user must install the app first (POST /" + su.id() + "/applications)");
    }
    Set<String> scopes = OboAccessTokenHandler.parseScopes(ctx.requireParam("scope"));
    Instant expiresAt =
        ctx.flag("set_token_expires_in_60_days")
            ? ctx.now().plus(properties.tokens().expiringSystemUserTokenTtl())
            : null;
    AccessToken token =
        ctx.sim()
            .tokens()
            .issue(
                TokenType.SYSTEM_USER,
                app.id(),
                su.id(),
                null,
                scopes,
                ctx.now(),
                expiresAt,
                su.tokenGeneration(),
                null);
    return Map.of("access_token", token.value());
  }

  public Object invalidateAll(CallContext ctx) {
    SystemUser su = ctx.systemUser();
    Access.requireUserContext(ctx.caller());
    SystemUserAccess.requireManager(ctx.world(), ctx.caller(), su);
    su.invalidateAllTokens();
    return Map.of("success", true);
  }
}
