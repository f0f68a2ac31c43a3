package io.mooring.graph.page;

import io.mooring.graph.Paged;
import io.mooring.graph.business.Business;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.transport.GraphRequest;
import io.mooring.graph.transport.GraphTransport;
import io.mooring.graph.transport.Json;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A Page's node and edges: Page token, task assignments and webhook subscriptions. */
public final class PageClient {

  private final GraphTransport transport;

  public PageClient(GraphTransport transport) {
    this.transport = transport;
  }

  /**
   * Reads the Page's name, owning business and Page token ({@code
   * fields=name,business,access_token}). Operation {@code page.read}.
   */
  public PageInfo read(AccessToken token, String pageId) {
    GraphRequest request =
        GraphRequest.get("page.read", pageId)
            .token(token)
            .param("fields", "name,business,access_token")
            .build();
    return transport.execute(request, response -> pageInfo(response.body()));
  }

  /**
   * Grants Page tasks to a user or system user. There is no default: pass the tasks the workflow
   * needs, e.g. {@link PageTask#LEAST_PRIVILEGE}, never {@link PageTask#MANAGE} unless roles must
   * be managed. Operation {@code assigned_users.create}.
   *
   * @return Meta's {@code success}
   */
  public boolean grantTasks(AccessToken token, String pageId, String userId, Set<PageTask> tasks) {
    if (tasks == null || tasks.isEmpty()) {
      throw new IllegalArgumentException("tasks must be given explicitly; there is no default");
    }
    GraphRequest request =
        GraphRequest.post("assigned_users.create", pageId + "/assigned_users")
            .token(token)
            .param("user", userId)
            .param("tasks", PageTask.toGraphList(tasks))
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  /** Users and system users assigned to the Page. Operation {@code assigned_users.list}. */
  public Paged<PageTaskAssignment> assignedUsers(AccessToken token, String pageId) {
    return assignedUsers(token, pageId, null, null);
  }

  /**
   * @param businessId Meta's {@code business} filter, or null
   * @param after cursor from the previous page, or null for the first page
   */
  public Paged<PageTaskAssignment> assignedUsers(
      AccessToken token, String pageId, String businessId, String after) {
    GraphRequest.Builder request =
        GraphRequest.get("assigned_users.list", pageId + "/assigned_users")
            .token(token)
            .param("fields", "id,name,tasks,permitted_tasks")
            .after(after);
    if (businessId != null) {
      request.param("business", businessId);
    }
    return transport.execute(
        request.build(), response -> Paged.from(response.body(), PageClient::assignment));
  }

  /**
   * Removes a user's tasks on the Page. Operation {@code assigned_users.delete}.
   *
   * @return Meta's {@code success}
   */
  public boolean revokeTasks(AccessToken token, String pageId, String userId) {
    GraphRequest request =
        GraphRequest.delete("assigned_users.delete", pageId + "/assigned_users")
            .token(token)
            .param("user", userId)
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  /**
   * Installs the app on the Page for webhooks, with the Page token. Operation {@code
   * subscribed_apps.create}.
   *
   * @param fields e.g. {@code feed}, {@code messages}; {@code messages*} also need MESSAGING
   * @return Meta's {@code success}
   */
  public boolean subscribeApp(AccessToken pageToken, String pageId, Collection<String> fields) {
    if (fields == null || fields.isEmpty()) {
      throw new IllegalArgumentException("subscribed fields must not be empty");
    }
    GraphRequest request =
        GraphRequest.post("subscribed_apps.create", pageId + "/subscribed_apps")
            .token(pageToken)
            .param("subscribed_fields", String.join(",", fields))
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  /** Apps installed on the Page. Operation {@code subscribed_apps.list}. */
  public List<SubscribedApp> subscribedApps(AccessToken pageToken, String pageId) {
    GraphRequest request =
        GraphRequest.get("subscribed_apps.list", pageId + "/subscribed_apps")
            .token(pageToken)
            .build();
    return transport.execute(
        request, response -> Json.list(response.body(), "data", PageClient::subscribedApp));
  }

  /**
   * Uninstalls the app from the Page. Operation {@code subscribed_apps.delete}.
   *
   * @return Meta's {@code success}
   */
  public boolean unsubscribeApp(AccessToken pageToken, String pageId) {
    GraphRequest request =
        GraphRequest.delete("subscribed_apps.delete", pageId + "/subscribed_apps")
            .token(pageToken)
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  private static PageInfo pageInfo(JsonNode body) {
    JsonNode business = body.path("business");
    Optional<Business> owner =
        business.isObject() && Json.text(business, "id").isPresent()
            ? Optional.of(
                new Business(
                    Json.requiredText(business, "id"), Json.text(business, "name").orElse(null)))
            : Optional.empty();
    return new PageInfo(
        Json.requiredText(body, "id"),
        Json.text(body, "name").orElse(null),
        owner,
        Json.text(body, "access_token").filter(t -> !t.isBlank()).map(AccessToken::of));
  }

  private static PageTaskAssignment assignment(JsonNode node) {
    List<String> tasks = Json.strings(node, "tasks");
    return new PageTaskAssignment(
        Json.requiredText(node, "id"),
        Json.text(node, "name").orElse(null),
        PageTask.fromGraph(tasks.isEmpty() ? Json.strings(node, "permitted_tasks") : tasks));
  }

  private static SubscribedApp subscribedApp(JsonNode node) {
    return new SubscribedApp(
        Json.requiredText(node, "id"),
        Json.text(node, "name").orElse(null),
        Json.strings(node, "subscribed_fields"));
  }
}
