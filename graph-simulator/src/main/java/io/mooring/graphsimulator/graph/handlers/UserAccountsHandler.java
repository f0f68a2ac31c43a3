package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Paging;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET /me/accounts}: pages the user can perform tasks on, each with a page token. */
@Component
public class UserAccountsHandler {
  private static final List<String> DEFAULT_FIELDS =
      List.of("access_token", "category", "category_list", "name", "id", "tasks");

  public Object list(CallContext ctx) {
    Access.requireUserContext(ctx.caller());
    String userId = ctx.node() instanceof Person p ? p.id() : ((SystemUser) ctx.node()).id();
    UserNodeHandler.requireSelf(ctx, userId);
    Access.requireReadScope(ctx.caller(), Scopes.PAGES_SHOW_LIST);
    Access.requireBusinessManagementForSystemUser(ctx.caller());
    World world = ctx.world();
    List<String> pageIds = world.pagesWithTasks(userId);
    List<String> fields = ctx.fields(DEFAULT_FIELDS);
    return Paging.page(ctx, pageIds, id -> id, id -> render(ctx, world.page(id), userId, fields));
  }

  private static Map<String, Object> render(
      CallContext ctx, Page page, String userId, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : fields) {
      switch (field) {
        case "id" -> {}
        case "access_token" ->
            out.put(
                "access_token",
                ctx.sim().tokens().pageToken(ctx.caller().token(), page.id(), ctx.now()).value());
        case "tasks" -> out.put("tasks", List.copyOf(ctx.world().tasksOn(userId, page)));
        default -> PageView.putPublicOrFail(out, page, field);
      }
    }
    out.put("id", page.id());
    return out;
  }
}
