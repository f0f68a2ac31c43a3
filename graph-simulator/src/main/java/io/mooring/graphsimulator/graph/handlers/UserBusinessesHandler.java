package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.Paging;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.Role;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET /me/businesses}: the businesses the user (or system user) belongs to. */
@Component
public class UserBusinessesHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name");

  public Object list(CallContext ctx) {
    Access.requireUserContext(ctx.caller());
    String userId = ctx.node() instanceof Person p ? p.id() : ((SystemUser) ctx.node()).id();
    UserNodeHandler.requireSelf(ctx, userId);
    Access.requireScope(ctx.caller(), Scopes.BUSINESS_MANAGEMENT);
    World world = ctx.world();
    List<Business> businesses = new ArrayList<>();
    if (ctx.node() instanceof Person person) {
      for (String id : person.businessIds()) {
        Business b = world.business(id);
        if (b != null && b.roleOf(userId) != null) {
          businesses.add(b);
        }
      }
    } else {
      SystemUser su = (SystemUser) ctx.node();
      if (!su.removed()) {
        businesses.add(world.business(su.businessId()));
      }
    }
    List<String> fields = ctx.fields(DEFAULT_FIELDS);
    return Paging.page(ctx, businesses, Business::id, b -> render(world, b, userId, fields));
  }

  private static Map<String, Object> render(
      World world, Business business, String userId, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : fields) {
      switch (field) {
        case "id" -> {}
        case "name" -> out.put("name", business.name());
        case "created_time" -> out.put("created_time", business.createdTime().toString());
        case "verification_status" -> out.put("verification_status", "not_verified");
        case "permitted_roles" -> {
          Role role = world.roleIn(userId, business.id());
          out.put("permitted_roles", role == null ? List.of() : List.of(role.name()));
        }
        case "link" ->
            out.put("link", "https://business.facebook.com/settings/?business_id=" + business.id());
        default -> throw GraphErrors.nonexistingField(field, "Business");
      }
    }
    out.put("id", business.id());
    return out;
  }
}
