package io.mooring.graph.business;

import io.mooring.graph.Paged;
import io.mooring.graph.systemuser.SystemUser;
import io.mooring.graph.systemuser.SystemUserRole;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.token.TokenGrant;
import io.mooring.graph.token.TokenGrants;
import io.mooring.graph.transport.GraphRequest;
import io.mooring.graph.transport.GraphTransport;
import io.mooring.graph.transport.Json;
import io.mooring.graph.transport.MalformedResponseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Business Manager edges: On-Behalf-Of, system users and the business's Pages. */
public final class BusinessClient {

  private final GraphTransport transport;

  public BusinessClient(GraphTransport transport) {
    this.transport = transport;
  }

  /**
   * OBO step 1: links the client's business to the partner's. Needs the token of an admin of the
   * client's business with {@code business_management}. Operation {@code
   * managed_businesses.create}.
   */
  public ManagedBusinessLink createManagedBusiness(
      AccessToken clientAdminUserToken, String partnerBusinessId, String clientBusinessId) {
    GraphRequest request =
        GraphRequest.post("managed_businesses.create", partnerBusinessId + "/managed_businesses")
            .token(clientAdminUserToken)
            .param("existing_client_business_id", clientBusinessId)
            .build();
    return transport.execute(
        request,
        response -> {
          JsonNode body = response.body();
          boolean linked = Json.text(body, "id").isPresent() || Json.success(body);
          if (!linked) {
            throw new MalformedResponseException("managed_businesses answered success=false");
          }
          return new ManagedBusinessLink(partnerBusinessId, clientBusinessId);
        });
  }

  /**
   * Removes the OBO relationship (and with it the partner's system user in the client business).
   * Operation {@code managed_businesses.delete}.
   *
   * @return Meta's {@code success}
   */
  public boolean deleteManagedBusiness(
      AccessToken clientAdminUserToken, String partnerBusinessId, String clientBusinessId) {
    GraphRequest request =
        GraphRequest.delete("managed_businesses.delete", partnerBusinessId + "/managed_businesses")
            .token(clientAdminUserToken)
            .param("existing_client_business_id", clientBusinessId)
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  /**
   * OBO step 2: installs the app in the client business, creates the client system user and returns
   * its token. Needs the partner's admin system user token, which must itself hold {@code
   * business_management} and every scope asked. Operation {@code business.access_token}.
   *
   * @param scopes every permission the system user will need
   */
  public TokenGrant createClientSystemUserToken(
      AccessToken partnerAdminSystemUserToken, String clientBusinessId, List<String> scopes) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes must list every permission the system user needs");
    }
    GraphRequest request =
        GraphRequest.post("business.access_token", clientBusinessId + "/access_token")
            .token(partnerAdminSystemUserToken)
            .param("app_id", transport.config().appId())
            .param("scope", String.join(",", scopes))
            .build();
    return transport.execute(request, TokenGrants::fromResponse);
  }

  /** System users of a business. Operation {@code system_users.list}. */
  public Paged<SystemUser> systemUsers(AccessToken token, String businessId) {
    return systemUsers(token, businessId, null);
  }

  /**
   * @param after cursor from the previous page, or null for the first page
   */
  public Paged<SystemUser> systemUsers(AccessToken token, String businessId, String after) {
    GraphRequest request =
        GraphRequest.get("system_users.list", businessId + "/system_users")
            .token(token)
            .param("fields", "id,name,role")
            .after(after)
            .build();
    return transport.execute(
        request, response -> Paged.from(response.body(), BusinessClient::systemUser));
  }

  /**
   * Creates a system user. Prefer {@link SystemUserRole#EMPLOYEE}. Operation {@code
   * system_users.create}.
   */
  public SystemUser createSystemUser(
      AccessToken adminToken, String businessId, String name, SystemUserRole role) {
    if (role == SystemUserRole.OTHER) {
      throw new IllegalArgumentException("Meta creates system users as ADMIN or EMPLOYEE only");
    }
    GraphRequest request =
        GraphRequest.post("system_users.create", businessId + "/system_users")
            .token(adminToken)
            .param("name", name)
            .param("role", role.name())
            .build();
    return transport.execute(
        request, response -> new SystemUser(Json.requiredText(response.body(), "id"), name, role));
  }

  /** Pages the business owns. Operation {@code owned_pages}. */
  public Paged<BusinessPage> ownedPages(AccessToken token, String businessId) {
    return ownedPages(token, businessId, null);
  }

  /**
   * @param after cursor from the previous page, or null for the first page
   */
  public Paged<BusinessPage> ownedPages(AccessToken token, String businessId, String after) {
    return pages("owned_pages", token, businessId, after);
  }

  /** Pages of the business's clients. Operation {@code client_pages}. */
  public Paged<BusinessPage> clientPages(AccessToken token, String businessId) {
    return clientPages(token, businessId, null);
  }

  /**
   * @param after cursor from the previous page, or null for the first page
   */
  public Paged<BusinessPage> clientPages(AccessToken token, String businessId, String after) {
    return pages("client_pages", token, businessId, after);
  }

  private Paged<BusinessPage> pages(
      String edge, AccessToken token, String businessId, String after) {
    GraphRequest request =
        GraphRequest.get(edge, businessId + "/" + edge)
            .token(token)
            .param("fields", "id,name")
            .after(after)
            .build();
    return transport.execute(
        request,
        response ->
            Paged.from(
                response.body(),
                node ->
                    new BusinessPage(
                        Json.requiredText(node, "id"), Json.text(node, "name").orElse(null))));
  }

  private static SystemUser systemUser(JsonNode node) {
    return new SystemUser(
        Json.requiredText(node, "id"),
        Json.text(node, "name").orElse(null),
        SystemUserRole.fromGraph(Json.text(node, "role").orElse(null)));
  }
}
