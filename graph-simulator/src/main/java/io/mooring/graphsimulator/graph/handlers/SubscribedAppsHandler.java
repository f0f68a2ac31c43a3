package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.GraphException;
import io.mooring.graphsimulator.graph.ListParam;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.PageTasks;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SubscribedFields;
import io.mooring.graphsimulator.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code POST|GET|DELETE /{page-id}/subscribed_apps}, with the Page's own token. Subscribing needs
 * CREATE_CONTENT, MANAGE or MODERATE, pages_manage_metadata and pages_show_list; {@code messages*}
 * fields also need MESSAGING and pages_messaging; a Page with the app platform off refuses.
 */
@Component
public class SubscribedAppsHandler {

  public Object create(CallContext ctx) {
    World world = ctx.world();
    Page page = ctx.page();
    Caller caller = requirePageToken(ctx);
    Set<String> tasks = Access.tasks(world, caller, page);
    requireWebhookTask(tasks);
    Access.requireScope(caller, Scopes.PAGES_MANAGE_METADATA);
    Access.requireScope(caller, Scopes.PAGES_SHOW_LIST);
    Access.requireBusinessManagementForSystemUser(caller);
    List<String> fields = parseFields(ctx.requireParam("subscribed_fields"));
    if (fields.stream().anyMatch(SubscribedFields::isMessaging)) {
      if (!caller.hasScope(Scopes.PAGES_MESSAGING)) {
        throw GraphErrors.permissionDenied(
            "To subscribe to the messages field, one of these permissions is needed:"
                + " pages_messaging");
      }
      if (!tasks.contains(PageTasks.MESSAGING)) {
        throw GraphErrors.permissionDenied(
            "To subscribe to the messages field, the Page access token must belong to someone who"
                + " can perform the MESSAGING task on the Page");
      }
    }
    if (!page.appPlatformEnabled()) {
      throw appPlatformDisabled(page);
    }
    page.subscribedApps().put(caller.app().id(), List.copyOf(fields));
    return Map.of("success", true);
  }

  public Object list(CallContext ctx) {
    World world = ctx.world();
    Page page = ctx.page();
    requirePageToken(ctx);
    List<Map<String, Object>> data = new ArrayList<>();
    page.subscribedApps()
        .forEach(
            (appId, fields) -> {
              App app = world.app(appId);
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("category", "Business");
              entry.put("link", "https://www.facebook.com/" + appId);
              entry.put("name", app == null ? appId : app.name());
              entry.put("id", appId);
              entry.put("subscribed_fields", fields);
              data.add(entry);
            });
    return Map.of("data", data);
  }

  public Object delete(CallContext ctx) {
    World world = ctx.world();
    Page page = ctx.page();
    Caller caller = requirePageToken(ctx);
    requireWebhookTask(Access.tasks(world, caller, page));
    Access.requireScope(caller, Scopes.PAGES_MANAGE_METADATA);
    page.subscribedApps().remove(caller.app().id());
    return Map.of("success", true);
  }

  private static Caller requirePageToken(CallContext ctx) {
    Caller caller = ctx.caller();
    Access.rejectIfRoleRemoved(ctx.world(), caller, ctx.page());
    if (!caller.isPage() || !caller.page().id().equals(ctx.page().id())) {
      throw GraphErrors.pageTokenRequired();
    }
    return caller;
  }

  private static void requireWebhookTask(Set<String> tasks) {
    if (tasks.stream().noneMatch(PageTasks.WEBHOOK_TASKS::contains)) {
      throw GraphErrors.permissionDenied(
          "Subscribing an app to a Page needs a Page access token of someone who can perform"
              + " CREATE_CONTENT, MANAGE or MODERATE on the Page");
    }
  }

  private static List<String> parseFields(String raw) {
    List<String> values = ListParam.parse(raw);
    if (values.isEmpty()) {
      throw GraphErrors.missingParameter("subscribed_fields");
    }
    Set<String> fields = new LinkedHashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String field = values.get(i).toLowerCase();
      if (!SubscribedFields.ALL.contains(field)) {
        throw GraphErrors.invalidParameter(
            "Param subscribed_fields["
                + i
                + "] must be one of {"
                + String.join(", ", SubscribedFields.ALL)
                + "}");
      }
      fields.add(field);
    }
    return List.copyOf(fields);
  }

  /**
   * UNCONFIRMED: Meta documents that webhooks need the app platform on, not the error it returns;
   * the simulator answers with a (#200) permission error that says why.
   */
  static GraphException appPlatformDisabled(Page page) {
    return GraphErrors.permissionDenied(
        "Cannot install the app on Page "
            + page.id()
            + ": the Page has turned off the app platform (apps, websites and plugins)");
  }
}
