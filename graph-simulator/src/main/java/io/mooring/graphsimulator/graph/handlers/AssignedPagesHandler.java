package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.Paging;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET /{system-user-id}/assigned_pages}: pages with the system user's tasks. */
@Component
public class AssignedPagesHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name", "tasks");

  public Object list(CallContext ctx) {
    World world = ctx.world();
    SystemUser su = ctx.systemUser();
    Access.requireUserContext(ctx.caller());
    SystemUserAccess.requireManager(world, ctx.caller(), su);
    Access.requireBusinessManagementForSystemUser(ctx.caller());
    List<String> pageIds = world.pagesWithTasks(su.id());
    List<String> fields = ctx.fields(DEFAULT_FIELDS);
    return Paging.page(ctx, pageIds, id -> id, id -> render(world, world.page(id), su, fields));
  }

  private static Map<String, Object> render(
      World world, Page page, SystemUser su, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : fields) {
      switch (field) {
        case "id" -> {}
        case "tasks", "permitted_tasks" ->
            out.put(field, List.copyOf(world.tasksOn(su.id(), page)));
        default -> {
          if (!PageView.putPublic(out, page, field)) {
            throw GraphErrors.nonexistingField(field, "Page");
          }
        }
      }
    }
    out.put("id", page.id());
    return out;
  }
}
