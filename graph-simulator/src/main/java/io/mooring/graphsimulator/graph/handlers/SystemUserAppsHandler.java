package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.SystemUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code POST /{system-user-id}/applications?business_app=}: installs an app for the user. */
@Component
public class SystemUserAppsHandler {

  public Object install(CallContext ctx) {
    App app = SystemUserAccess.requireBusinessApp(ctx);
    SystemUser su = ctx.systemUser();
    su.installedAppIds().add(app.id());
    ctx.world().business(su.businessId()).installedAppIds().add(app.id());
    return Map.of("success", true);
  }
}
