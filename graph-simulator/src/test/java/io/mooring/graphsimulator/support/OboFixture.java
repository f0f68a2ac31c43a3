package io.mooring.graphsimulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.world.DemoWorld;
import java.util.List;

/** Drives the documented On-Behalf-Of steps so tests can start from a connected client. */
public final class OboFixture {
  public static final List<String> ADMIN_SCOPES =
      List.of("business_management", "pages_show_list", "pages_manage_metadata", "email");
  public static final String SU_SCOPES =
      "business_management,pages_show_list,pages_manage_metadata,pages_read_engagement,"
          + "pages_messaging";

  public final EmbeddedGraphSimulator sim;
  public final GraphClient graph;
  public final DemoWorld.ClientBusiness client;
  public final String adminPersonId;
  public final String adminToken;
  public String systemUserToken;
  public String systemUserId;

  public OboFixture(EmbeddedGraphSimulator sim, int clientIndex) {
    this.sim = sim;
    this.graph = new GraphClient(sim.baseUrl(), sim.appSecret());
    this.client = sim.world().clientBusinesses().get(clientIndex);
    this.adminPersonId = client.adminPersonIds().get(0);
    this.adminToken = sim.issueUserToken(adminPersonId, ADMIN_SCOPES);
  }

  /** Step 1: the client admin lets the partner manage the client business. */
  public GraphClient.Response createRelationship() {
    return graph.post(
        "/" + sim.partnerBusinessId() + "/managed_businesses",
        adminToken,
        "existing_client_business_id",
        client.id());
  }

  /** Step 2: the partner admin system user creates the client system user and gets its token. */
  public GraphClient.Response createSystemUserToken(String scopes) {
    return graph.post(
        "/" + client.id() + "/access_token",
        sim.partnerAdminSystemUserToken(),
        "scope",
        scopes,
        "app_id",
        sim.appId());
  }

  /** Steps 1-3: relationship, system user token, its id. */
  public OboFixture connect() {
    assertThat(createRelationship().ok()).isTrue();
    GraphClient.Response token = createSystemUserToken(SU_SCOPES);
    assertThat(token.ok()).as(token.body().toString()).isTrue();
    systemUserToken = token.body().path("access_token").asString();
    systemUserId = graph.get("/me", systemUserToken).body().path("id").asString();
    return this;
  }

  /** Step 4: the client admin assigns the page to the system user. */
  public GraphClient.Response assign(String pageId, String tasks) {
    return graph.post(
        "/" + pageId + "/assigned_users", adminToken, "user", systemUserId, "tasks", tasks);
  }

  public String ownedPage(int index) {
    return sim.world().pagesOwnedBy(client.id()).get(index);
  }

  /** The page token the system user gets from {@code GET /{page}?fields=access_token}. */
  public String pageToken(String pageId) {
    GraphClient.Response page = graph.get("/" + pageId, systemUserToken, "fields", "access_token");
    assertThat(page.body().has("access_token")).as(page.body().toString()).isTrue();
    return page.body().path("access_token").asString();
  }
}
