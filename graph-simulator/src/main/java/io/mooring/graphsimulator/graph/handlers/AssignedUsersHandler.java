package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.GraphException;
import io.mooring.graphsimulator.graph.ListParam;
import io.mooring.graphsimulator.graph.Paging;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.PageTasks;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.Role;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * {@code POST|GET|DELETE /{page-id}/assigned_users}. Granting needs MANAGE on the page (a business
 * admin has it on the business's pages) or an ADMIN system user of the owning business; an EMPLOYEE
 * system user can never grant tasks.
 */
@Component
public class AssignedUsersHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name", "user_type", "tasks");

  public Object create(CallContext ctx) {
    World world = ctx.world();
    Page page = ctx.page();
    requireGrantor(world, ctx.caller(), page);
    String userId = ctx.requireParam("user");
    Set<String> tasks = parseTasks(ctx.requireParam("tasks"));
    List<String> userBusinesses = businessesOf(world, userId);
    List<String> withAccess =
        userBusinesses.stream().filter(b -> world.businessHasPage(b, page)).toList();
    if (withAccess.isEmpty()) {
      throw GraphErrors.invalidParameter(
          "User " + userId + " must belong to a business that owns or has access to this Page");
    }
    if (!withAccess.contains(page.ownerBusinessId())) {
      Set<String> permitted = new LinkedHashSet<>();
      withAccess.forEach(b -> permitted.addAll(page.agencyShares().getOrDefault(b, Set.of())));
      if (!permitted.containsAll(tasks)) {
        throw GraphErrors.permissionDenied(
            "The business of user " + userId + " is only permitted " + permitted + " on this Page");
      }
    }
    world.assignTasks(page, userId, tasks);
    return Map.of("success", true);
  }

  public Object list(CallContext ctx) {
    World world = ctx.world();
    Page page = ctx.page();
    Caller caller = ctx.caller();
    Access.rejectIfRoleRemoved(world, caller, page);
    if (!caller.isPage() || !caller.page().id().equals(page.id())) {
      throw GraphErrors.pageTokenRequired();
    }
    if (!Access.tasks(world, caller, page).contains(PageTasks.MANAGE)) {
      throw GraphErrors.permissionDenied(
          "Listing assigned users needs a Page access token of someone who can perform MANAGE on"
              + " the Page");
    }
    Access.requireScope(caller, Scopes.PAGES_MANAGE_METADATA);
    Access.requireBusinessManagementForSystemUser(caller);
    String business = ctx.param("business");
    List<String> userIds = new ArrayList<>(new TreeSet<>(page.assignedTasks().keySet()));
    if (business != null) {
      userIds.removeIf(id -> !businessesOf(world, id).contains(business));
    }
    List<String> fields = ctx.fields(DEFAULT_FIELDS);
    return Paging.page(ctx, userIds, id -> id, id -> render(world, page, id, fields));
  }

  public Object delete(CallContext ctx) {
    World world = ctx.world();
    Page page = ctx.page();
    requireGrantor(world, ctx.caller(), page);
    String userId = ctx.requireParam("user");
    if (world.systemUser(userId) == null && world.person(userId) == null) {
      throw invalidUser();
    }
    world.removeRole(page, userId);
    return Map.of("success", true);
  }

  private static void requireGrantor(World world, Caller caller, Page page) {
    Access.rejectIfRoleRemoved(world, caller, page);
    if (caller.isApp()) {
      throw GraphErrors.permissionDenied("Assigning Page tasks needs a user or Page access token");
    }
    SystemUser su = caller.systemUser();
    if (su != null && su.role() == Role.EMPLOYEE) {
      throw GraphErrors.permissionDenied(
          "An EMPLOYEE system user cannot assign tasks on a Page; use an admin of the business or"
              + " an ADMIN system user");
    }
    if (!caller.isPage()) {
      Access.requireScope(caller, Scopes.BUSINESS_MANAGEMENT);
    }
    boolean manages = Access.tasks(world, caller, page).contains(PageTasks.MANAGE);
    boolean ownerAdminSystemUser =
        su != null && Access.isBusinessAdmin(world, su.id(), page.ownerBusinessId());
    if (!manages && !ownerAdminSystemUser) {
      throw GraphErrors.permissionDenied(
          "The user of the access token needs the MANAGE task on Page "
              + page.id()
              + " to assign tasks on it");
    }
  }

  static Set<String> parseTasks(String raw) {
    List<String> values = ListParam.parse(raw);
    if (values.isEmpty()) {
      throw GraphErrors.invalidParameter("Param tasks must be a non-empty array");
    }
    Set<String> tasks = new LinkedHashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String task = values.get(i).toUpperCase();
      if (!PageTasks.ALL.contains(task)) {
        throw GraphErrors.invalidParameter(
            "Param tasks["
                + i
                + "] must be one of {"
                + String.join(", ", new TreeSet<>(PageTasks.ALL))
                + "}");
      }
      tasks.add(task);
    }
    return tasks;
  }

  private static List<String> businessesOf(World world, String userId) {
    SystemUser su = world.systemUser(userId);
    if (su != null) {
      if (su.removed()) {
        throw invalidUser();
      }
      return List.of(su.businessId());
    }
    Person person = world.person(userId);
    if (person == null) {
      throw invalidUser();
    }
    return person.businessIds();
  }

  private static GraphException invalidUser() {
    return GraphErrors.of(GraphErrors.OAUTH, 110, null, "(#110) Invalid user id");
  }

  private static Map<String, Object> render(
      World world, Page page, String userId, List<String> fields) {
    SystemUser su = world.systemUser(userId);
    Person person = world.person(userId);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : fields) {
      switch (field) {
        case "id" -> {}
        case "name" -> out.put("name", su != null ? su.name() : person.name());
        case "user_type" -> out.put("user_type", su != null ? "SYSTEM_USER" : "BUSINESS_USER");
        case "tasks", "permitted_tasks" -> out.put(field, List.copyOf(page.tasksOf(userId)));
        case "business" -> {
          if (su != null) {
            var b = world.business(su.businessId());
            out.put("business", Map.of("id", b.id(), "name", b.name()));
          }
        }
        default -> throw GraphErrors.nonexistingField(field, "AssignedUser");
      }
    }
    out.put("id", userId);
    return out;
  }
}
