package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code POST /{system-user-id}/applications?business_app=}: installs an app for the user. */
@Component
public class SystemUserAppsHandler {

  public Object install(CallContext ctx) {
    World world = ctx.world();
    SystemUser su = ctx.systemUser();
    Access.requireUserContext(ctx.caller());
    SystemUserAccess.requireSameBusiness(world, ctx.caller(), su);
    Access.requireScope(ctx.caller(), Scopes.BUSINESS_MANAGEMENT);
    App app =
        SystemUserAccess.requireUsableApp(
            world, su, ctx.requireParam("business_app"), "business_app");
    su.installedAppIds().add(app.id());
    world.business(su.businessId()).installedAppIds().add(app.id());
    return Map.of("success", true);
  }
}
