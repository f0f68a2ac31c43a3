package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;

/** Who may act on a system user, and which apps it may use. */
final class SystemUserAccess {
  private SystemUserAccess() {}

  /**
   * The system user itself, an admin (person or system user) of its business, or its OBO partner.
   */
  static void requireManager(World world, Caller caller, SystemUser su) {
    String userId = caller.userId();
    boolean self = su.id().equals(userId) && caller.isSystemUser();
    boolean admin = Access.isBusinessAdmin(world, userId, su.businessId());
    boolean oboPartner =
        su.createdByBusinessId() != null
            && caller.systemUser() != null
            && su.createdByBusinessId().equals(caller.systemUser().businessId())
            && world.isOboPartnerAdmin(userId, su.businessId());
    if (!self && !admin && !oboPartner) {
      throw GraphErrors.permissionDenied(
          "The system user and the owner of the access token must be in the same business");
    }
  }

  /**
   * Any member of the system user's business (doc: admin user, admin system user or system user).
   */
  static void requireSameBusiness(World world, Caller caller, SystemUser su) {
    boolean person = Access.isBusinessAdmin(world, caller.userId(), su.businessId());
    boolean systemUser =
        caller.isSystemUser()
            && !caller.systemUser().removed()
            && caller.systemUser().businessId().equals(su.businessId());
    if (!person && !systemUser) {
      throw GraphErrors.permissionDenied(
          "The system user and the owner of the access token must be in the same business");
    }
  }

  /**
   * The app in {@code business_app} of a call about the path's system user, checked: the caller is
   * a user of that business with business_management, and the system user may use the app.
   */
  static App requireBusinessApp(CallContext ctx) {
    World world = ctx.world();
    SystemUser su = ctx.systemUser();
    Access.requireUserContext(ctx.caller());
    requireSameBusiness(world, ctx.caller(), su);
    Access.requireScope(ctx.caller(), Scopes.BUSINESS_MANAGEMENT);
    return requireUsableApp(world, su, ctx.requireParam("business_app"), "business_app");
  }

  /**
   * Apps a system user may use: owned by its business, or (simulator choice, UNCONFIRMED) owned by
   * a partner with an On-Behalf-Of relationship to its business.
   */
  private static App requireUsableApp(World world, SystemUser su, String appId, String paramName) {
    App app = world.app(appId);
    if (app == null) {
      throw GraphErrors.invalidParameter("Param " + paramName + " must be a valid app id");
    }
    Business business = world.business(su.businessId());
    boolean owned = su.businessId().equals(app.ownerBusinessId());
    boolean viaObo = business != null && business.oboPartnerIds().contains(app.ownerBusinessId());
    if (!owned && !viaObo) {
      throw GraphErrors.permissionDenied(
          "Apps can only target businesses that claimed them: app "
              + app.id()
              + " is not owned by business "
              + su.businessId());
    }
    return app;
  }
}
