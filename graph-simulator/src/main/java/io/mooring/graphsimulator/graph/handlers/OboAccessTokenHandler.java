package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.ListParam;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Role;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * On-Behalf-Of step 2: {@code POST /{client-bm}/access_token?scope=&app_id=}. With the partner
 * admin system user's token (business_management + every requested scope) it creates "{Client name}
 * SYSTEM USER" (EMPLOYEE) in the client business once, installs the app and returns a token.
 */
@Component
public class OboAccessTokenHandler {
  private final SimulatorProperties properties;

  public OboAccessTokenHandler(SimulatorProperties properties) {
    this.properties = properties;
  }

  public Object create(CallContext ctx) {
    World world = ctx.world();
    Business client = ctx.business();
    Caller caller = ctx.caller();
    App app = caller.app();
    SystemUser partnerAdmin = caller.systemUser();
    if (!caller.isSystemUser()
        || partnerAdmin.role() != Role.ADMIN
        || !partnerAdmin.businessId().equals(app.ownerBusinessId())) {
      throw GraphErrors.permissionDenied(
          "This call needs the access token of an admin system user of the business that owns"
              + " the app");
    }
    Access.requireScope(caller, Scopes.BUSINESS_MANAGEMENT);
    String appId = ctx.requireParam("app_id");
    if (!appId.equals(app.id())) {
      throw GraphErrors.invalidParameter("Param app_id must be the app of the access token");
    }
    Set<String> scopes = parseScopes(ctx.requireParam("scope"));
    for (String scope : scopes) {
      Access.requireScope(caller, scope);
    }
    String partnerId = partnerAdmin.businessId();
    if (client.id().equals(partnerId)) {
      throw GraphErrors.invalidParameter("The business must be a client of the partner business");
    }
    if (!client.oboPartnerIds().contains(partnerId)) {
      throw GraphErrors.permissionDenied(
          "Business "
              + partnerId
              + " has no On-Behalf-Of relationship with business "
              + client.id()
              + "; create it first with POST /"
              + partnerId
              + "/managed_businesses");
    }
    SystemUser clientSystemUser;
    synchronized (client) {
      clientSystemUser = existingOboSystemUser(world, client, partnerId);
      if (clientSystemUser == null) {
        String name = ctx.param("system_user_name");
        clientSystemUser =
            SystemUserFactory.create(
                world,
                client,
                name != null ? name : client.name() + " SYSTEM USER",
                Role.EMPLOYEE,
                ctx.now(),
                partnerId);
      }
      clientSystemUser.installedAppIds().add(app.id());
      client.installedAppIds().add(app.id());
    }
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
                clientSystemUser.id(),
                null,
                scopes,
                ctx.now(),
                expiresAt,
                clientSystemUser.tokenGeneration(),
                null);
    return Map.of("access_token", token.value());
  }

  private static SystemUser existingOboSystemUser(World world, Business client, String partnerId) {
    for (String id : client.systemUserIds()) {
      SystemUser su = world.systemUser(id);
      if (su != null && !su.removed() && partnerId.equals(su.createdByBusinessId())) {
        return su;
      }
    }
    return null;
  }

  static Set<String> parseScopes(String raw) {
    Set<String> scopes = new LinkedHashSet<>(ListParam.parse(raw));
    if (scopes.isEmpty()) {
      throw GraphErrors.missingParameter("scope");
    }
    for (String scope : scopes) {
      if (!Scopes.KNOWN.contains(scope)) {
        throw GraphErrors.invalidParameter("Invalid scope: " + scope);
      }
    }
    return scopes;
  }
}
