package io.mooring.graphsimulator.graph;

import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Role;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.World;
import java.util.Set;

/** Permission checks shared by handlers. */
public final class Access {
  private Access() {}

  /** Management calls: a missing permission is a (#200). */
  public static void requireScope(Caller caller, String scope) {
    if (!caller.hasScope(scope)) {
      throw GraphErrors.requiresPermission(scope);
    }
  }

  /** Read calls: a missing permission is a (#10). */
  public static void requireReadScope(Caller caller, String scope) {
    if (!caller.hasScope(scope)) {
      throw GraphErrors.endpointRequiresPermission(scope);
    }
  }

  /** Person or system user tokens only (not app or page tokens). */
  public static void requireUserContext(Caller caller) {
    if (caller.isApp() || caller.isPage()) {
      throw GraphErrors.permissionDenied("This call requires a user or system user access token");
    }
  }

  /**
   * Meta: "If using a business system user in your API requests, the business_management permission
   * is required" (Pages endpoints).
   */
  public static void requireBusinessManagementForSystemUser(Caller caller) {
    if (caller.systemUser() != null && !caller.hasScope(Scopes.BUSINESS_MANAGEMENT)) {
      throw GraphErrors.requiresPermission(Scopes.BUSINESS_MANAGEMENT);
    }
  }

  /** A user whose role on the page was removed gets 190/492 on every call about that page. */
  public static void rejectIfRoleRemoved(World world, Caller caller, Page page) {
    String userId = caller.userId();
    if (userId != null && page.roleRemoved(userId) && world.tasksOn(userId, page).isEmpty()) {
      throw new GraphException(GraphErrors.roleOnPageRemoved());
    }
  }

  public static Set<String> tasks(World world, Caller caller, Page page) {
    return caller.userId() == null ? Set.of() : world.tasksOn(caller.userId(), page);
  }

  /** Business admin: a person with ADMIN role or a (non-removed) ADMIN system user of it. */
  public static boolean isBusinessAdmin(World world, String userId, String businessId) {
    return userId != null && businessId != null && world.roleIn(userId, businessId) == Role.ADMIN;
  }

  public static boolean isMember(World world, String userId, String businessId) {
    return userId != null && businessId != null && world.roleIn(userId, businessId) != null;
  }
}
