package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.Paging;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code GET /{business-id}/owned_pages} and {@code /client_pages}, for members of the business.
 */
@Component
public class BusinessPagesHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name");

  public Object ownedPages(CallContext ctx) {
    return list(ctx, ctx.business().ownedPageIds());
  }

  public Object clientPages(CallContext ctx) {
    return list(ctx, ctx.business().clientPageIds());
  }

  private Object list(CallContext ctx, List<String> pageIds) {
    Caller caller = ctx.caller();
    Business business = ctx.business();
    World world = ctx.world();
    Access.requireUserContext(caller);
    Access.requireScope(caller, Scopes.BUSINESS_MANAGEMENT);
    requireMemberOrOboPartner(world, caller, business);
    List<String> fields = ctx.fields(DEFAULT_FIELDS);
    return Paging.page(ctx, pageIds, id -> id, id -> render(world.page(id), fields));
  }

  static void requireMemberOrOboPartner(World world, Caller caller, Business business) {
    if (!Access.isMember(world, caller.userId(), business.id())
        && !world.isOboPartnerAdmin(caller.userId(), business.id())) {
      throw GraphErrors.permissionDenied(
          "The access token's user is not a member of business " + business.id());
    }
  }

  private static Map<String, Object> render(Page page, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : fields) {
      if (!field.equals("id")) {
        PageView.putPublicOrFail(out, page, field);
      }
    }
    out.put("id", page.id());
    return out;
  }
}
