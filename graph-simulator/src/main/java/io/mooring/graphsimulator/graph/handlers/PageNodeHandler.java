package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code GET /{page-id}}. {@code access_token} is returned only when the caller can perform a task
 * on the page (as Meta documents); {@code business} needs a role on the page or in its business.
 */
@Component
public class PageNodeHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("name", "id");

  public Object read(CallContext ctx) {
    World world = ctx.world();
    Page page = ctx.page();
    Caller caller = ctx.caller();
    Access.rejectIfRoleRemoved(world, caller, page);
    Set<String> tasks = Access.tasks(world, caller, page);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : ctx.fields(DEFAULT_FIELDS)) {
      switch (field) {
        case "id" -> {}
        case "business" -> putBusiness(ctx, out, page, tasks);
        case "access_token" -> putAccessToken(ctx, out, page, tasks);
        case "tasks" -> {
          if (!tasks.isEmpty()) {
            out.put("tasks", List.copyOf(tasks));
          }
        }
        default -> PageView.putPublicOrFail(out, page, field);
      }
    }
    out.put("id", page.id());
    return out;
  }

  private static void putBusiness(
      CallContext ctx, Map<String, Object> out, Page page, Set<String> tasks) {
    Caller caller = ctx.caller();
    Business owner = ctx.world().business(page.ownerBusinessId());
    boolean entitled =
        !tasks.isEmpty()
            || (owner != null && Access.isMember(ctx.world(), caller.userId(), owner.id()));
    if (!entitled) {
      throw GraphErrors.of(
          GraphErrors.OAUTH,
          10,
          null,
          "(#10) Reading the business field of a Page requires a role on the Page");
    }
    Access.requireBusinessManagementForSystemUser(caller);
    if (owner != null) {
      out.put("business", Map.of("id", owner.id(), "name", owner.name()));
    }
  }

  private static void putAccessToken(
      CallContext ctx, Map<String, Object> out, Page page, Set<String> tasks) {
    Caller caller = ctx.caller();
    if (tasks.isEmpty() || caller.isApp()) {
      return;
    }
    Access.requireBusinessManagementForSystemUser(caller);
    if (caller.isPage()) {
      if (page.id().equals(caller.page().id())) {
        out.put("access_token", caller.token().value());
      }
      return;
    }
    AccessToken pageToken = ctx.sim().tokens().pageToken(caller.token(), page.id(), ctx.now());
    out.put("access_token", pageToken.value());
  }
}
