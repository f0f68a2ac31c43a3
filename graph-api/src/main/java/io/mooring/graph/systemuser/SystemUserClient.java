package io.mooring.graph.systemuser;

import io.mooring.graph.Paged;
import io.mooring.graph.page.PageTask;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.token.TokenGrant;
import io.mooring.graph.token.TokenGrants;
import io.mooring.graph.transport.GraphRequest;
import io.mooring.graph.transport.GraphTransport;
import io.mooring.graph.transport.Json;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A system user's edges: installed apps, tokens and assigned Pages. */
public final class SystemUserClient {

  private final GraphTransport transport;

  public SystemUserClient(GraphTransport transport) {
    this.transport = transport;
  }

  /**
   * Installs the configured app for the system user ({@code business_app}). Operation {@code
   * system_user.applications}.
   *
   * @return Meta's {@code success}
   */
  public boolean installApp(AccessToken token, String systemUserId) {
    GraphRequest request =
        GraphRequest.post("system_user.applications", systemUserId + "/applications")
            .token(token)
            .param("business_app", transport.config().appId())
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  /**
   * Generates a token for the system user (the app must be installed first). Some businesses must
   * use expiring tokens, so pass {@code expiresIn60Days = true} unless you know otherwise.
   * Operation {@code system_user.access_tokens.create}.
   */
  public TokenGrant createAccessToken(
      AccessToken token, String systemUserId, List<String> scopes, boolean expiresIn60Days) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes must not be empty");
    }
    GraphRequest.Builder request =
        GraphRequest.post("system_user.access_tokens.create", systemUserId + "/access_tokens")
            .token(token)
            .param("business_app", transport.config().appId())
            .param("scope", String.join(",", scopes));
    if (expiresIn60Days) {
      request.param("set_token_expires_in_60_days", true);
    }
    return transport.execute(request.build(), TokenGrants::fromResponse);
  }

  /**
   * Invalidates every token of the system user (system users cannot be deleted). Operation {@code
   * system_user.access_tokens.delete}.
   *
   * @return Meta's {@code success}
   */
  public boolean revokeAccessTokens(AccessToken token, String systemUserId) {
    GraphRequest request =
        GraphRequest.delete("system_user.access_tokens.delete", systemUserId + "/access_tokens")
            .token(token)
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  /**
   * Pages assigned to the system user, with tasks. Operation {@code system_user.assigned_pages}.
   */
  public Paged<AssignedPage> assignedPages(AccessToken token, String systemUserId) {
    return assignedPages(token, systemUserId, null);
  }

  /**
   * @param after cursor from the previous page, or null for the first page
   */
  public Paged<AssignedPage> assignedPages(AccessToken token, String systemUserId, String after) {
    GraphRequest request =
        GraphRequest.get("system_user.assigned_pages", systemUserId + "/assigned_pages")
            .token(token)
            .param("fields", "id,name,tasks,permitted_tasks")
            .after(after)
            .build();
    return transport.execute(
        request, response -> Paged.from(response.body(), SystemUserClient::assignedPage));
  }

  private static AssignedPage assignedPage(JsonNode node) {
    return new AssignedPage(
        Json.requiredText(node, "id"),
        Json.text(node, "name").orElse(null),
        PageTask.fromGraph(Json.strings(node, "tasks")),
        PageTask.fromGraph(Json.strings(node, "permitted_tasks")));
  }
}
