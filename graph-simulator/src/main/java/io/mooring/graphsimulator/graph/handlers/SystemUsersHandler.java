package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.Paging;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Role;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET|POST /{business-id}/system_users}. System users cannot be deleted. */
@Component
public class SystemUsersHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name", "role");

  public Object list(CallContext ctx) {
    Caller caller = ctx.caller();
    Business business = ctx.business();
    World world = ctx.world();
    Access.requireUserContext(caller);
    Access.requireScope(caller, Scopes.BUSINESS_MANAGEMENT);
    BusinessPagesHandler.requireMemberOrOboPartner(world, caller, business);
    List<SystemUser> systemUsers =
        business.systemUserIds().stream()
            .map(world::systemUser)
            .filter(su -> su != null && !su.removed())
            .toList();
    List<String> fields = ctx.fields(DEFAULT_FIELDS);
    return Paging.page(ctx, systemUsers, SystemUser::id, su -> render(su, fields));
  }

  /** Creates a system user, or renames one when {@code system_user_id} is given. */
  public Object create(CallContext ctx) {
    Caller caller = ctx.caller();
    Business business = ctx.business();
    World world = ctx.world();
    Access.requireUserContext(caller);
    Access.requireScope(caller, Scopes.BUSINESS_MANAGEMENT);
    if (!Access.isBusinessAdmin(world, caller.userId(), business.id())) {
      throw GraphErrors.permissionDenied(
          "Only an admin of business "
              + business.id()
              + " or one of its admin system users can manage system users");
    }
    String name = ctx.requireParam("name");
    String existingId = ctx.param("system_user_id");
    if (existingId != null) {
      SystemUser su = world.systemUser(existingId);
      if (su == null || su.removed() || !su.businessId().equals(business.id())) {
        throw GraphErrors.invalidParameter(
            "Param system_user_id must be a system user of business " + business.id());
      }
      su.rename(name);
      return Map.of("success", true);
    }
    Role role = parseRole(ctx.param("role"));
    SystemUser su;
    synchronized (business) {
      su = SystemUserFactory.create(world, business, name, role, ctx.now(), null);
    }
    return Map.of("id", su.id());
  }

  private static Role parseRole(String raw) {
    if (raw == null) {
      return Role.EMPLOYEE;
    }
    try {
      return Role.valueOf(raw.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw GraphErrors.invalidParameter("Param role must be one of {ADMIN, EMPLOYEE}");
    }
  }

  private static Map<String, Object> render(SystemUser su, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : fields) {
      switch (field) {
        case "id" -> {}
        case "name" -> out.put("name", su.name());
        case "role" -> out.put("role", su.role().name());
        case "created_time" -> out.put("created_time", su.createdTime().toString());
        default -> throw GraphErrors.nonexistingField(field, "SystemUser");
      }
    }
    out.put("id", su.id());
    return out;
  }
}
