package io.mooring.graph.me;

import io.mooring.graph.Paged;
import io.mooring.graph.business.Business;
import io.mooring.graph.page.PageAccount;
import io.mooring.graph.page.PageTask;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.transport.GraphRequest;
import io.mooring.graph.transport.GraphTransport;
import io.mooring.graph.transport.Json;
import tools.jackson.databind.JsonNode;

/** {@code /me}, {@code /me/businesses} and {@code /me/accounts}. */
public final class MeClient {

  private final GraphTransport transport;

  public MeClient(GraphTransport transport) {
    this.transport = transport;
  }

  /** The token's user or system user. Operation {@code me}. */
  public Me me(AccessToken token) {
    GraphRequest request =
        GraphRequest.get("me", "me").token(token).param("fields", "id,name").build();
    return transport.execute(
        request,
        response ->
            new Me(
                Json.requiredText(response.body(), "id"),
                Json.text(response.body(), "name").orElse(null)));
  }

  /** Businesses the user can access. Operation {@code me.businesses}. */
  public Paged<Business> businesses(AccessToken token) {
    return businesses(token, null);
  }

  /**
   * @param after cursor from the previous page, or null for the first page
   */
  public Paged<Business> businesses(AccessToken token, String after) {
    GraphRequest request =
        GraphRequest.get("me.businesses", "me/businesses")
            .token(token)
            .param("fields", "id,name")
            .after(after)
            .build();
    return transport.execute(request, response -> Paged.from(response.body(), MeClient::business));
  }

  /** Pages the token's user can act on, each with its Page token and tasks. {@code me.accounts}. */
  public Paged<PageAccount> accounts(AccessToken token) {
    return accounts(token, null);
  }

  /**
   * @param after cursor from the previous page, or null for the first page
   */
  public Paged<PageAccount> accounts(AccessToken token, String after) {
    GraphRequest request =
        GraphRequest.get("me.accounts", "me/accounts")
            .token(token)
            .param("fields", "id,name,category,access_token,tasks")
            .after(after)
            .build();
    return transport.execute(
        request, response -> Paged.from(response.body(), MeClient::pageAccount));
  }

  private static Business business(JsonNode node) {
    return new Business(Json.requiredText(node, "id"), Json.text(node, "name").orElse(null));
  }

  private static PageAccount pageAccount(JsonNode node) {
    return new PageAccount(
        Json.requiredText(node, "id"),
        Json.text(node, "name").orElse(null),
        Json.text(node, "category").orElse(null),
        Json.text(node, "access_token").filter(t -> !t.isBlank()).map(AccessToken::of),
        PageTask.fromGraph(Json.strings(node, "tasks")));
  }
}
