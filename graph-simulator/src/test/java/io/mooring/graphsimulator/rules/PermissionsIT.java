package io.mooring.graphsimulator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Business roles, page tasks and app permissions, as Meta enforces them. */
class PermissionsIT {
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private OboFixture obo;

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    obo = new OboFixture(sim, 0).connect();
  }

  @Test
  void employeeSystemUserCannotGrantTasks() {
    String page = obo.ownedPage(0);
    assertThat(obo.assign(page, "MANAGE,CREATE_CONTENT").ok()).isTrue();
    Response grant =
        graph.post(
            "/" + page + "/assigned_users",
            obo.systemUserToken,
            "user",
            obo.systemUserId,
            "tasks",
            "MESSAGING");
    assertThat(grant.errorCode()).isEqualTo(200);
    assertThat(grant.error().path("message").asString()).contains("EMPLOYEE");
  }

  @Test
  void adminSystemUserOfTheOwnerCanGrantTasks() {
    Response created =
        graph.post(
            "/" + obo.client.id() + "/system_users",
            obo.adminToken,
            "name",
            "Ops",
            "role",
            "ADMIN");
    String adminSu = created.body().path("id").asString();
    assertThat(
            graph
                .post("/" + adminSu + "/applications", obo.adminToken, "business_app", sim.appId())
                .ok())
        .isTrue();
    Response minted =
        graph.post(
            "/" + adminSu + "/access_tokens",
            obo.adminToken,
            "business_app",
            sim.appId(),
            "scope",
            "business_management");
    String adminSuToken = minted.body().path("access_token").asString();
    Response grant =
        graph.post(
            "/" + obo.ownedPage(1) + "/assigned_users",
            adminSuToken,
            "user",
            obo.systemUserId,
            "tasks",
            "CREATE_CONTENT");
    assertThat(grant.ok()).as(grant.body().toString()).isTrue();
  }

  @Test
  void pageTokenOnlyForCallersWithATask() {
    String page = obo.ownedPage(2);
    Response before = graph.get("/" + page, obo.systemUserToken, "fields", "name,access_token");
    assertThat(before.ok()).isTrue();
    assertThat(before.body().has("access_token")).isFalse();
    Response ownBusiness = graph.get("/" + page, obo.systemUserToken, "fields", "business");
    assertThat(ownBusiness.body().path("business").path("id").asString())
        .as("members of the owning business may read it")
        .isEqualTo(obo.client.id());
    String foreign =
        sim.world().pagesOwnedBy(sim.world().unconnectedBusinesses().get(3).id()).get(70);
    Response business = graph.get("/" + foreign, obo.systemUserToken, "fields", "business");
    assertThat(business.errorCode()).isEqualTo(10);

    obo.assign(page, "ANALYZE");
    Response after =
        graph.get("/" + page, obo.systemUserToken, "fields", "name,access_token,tasks");
    assertThat(after.body().path("access_token").asString()).isNotBlank();
    assertThat(after.body().path("tasks").get(0).asString()).isEqualTo("ANALYZE");
  }

  @Test
  void subscribingNeedsAWebhookTask() {
    String page = obo.ownedPage(3);
    obo.assign(page, "ANALYZE,ADVERTISE");
    Response subscribe =
        graph.post(
            "/" + page + "/subscribed_apps", obo.pageToken(page), "subscribed_fields", "feed");
    assertThat(subscribe.errorCode()).isEqualTo(200);
    assertThat(subscribe.error().path("message").asString()).contains("CREATE_CONTENT");
  }

  @Test
  void messageFieldsNeedTheMessagingTask() {
    String page = obo.ownedPage(4);
    obo.assign(page, "CREATE_CONTENT");
    String pageToken = obo.pageToken(page);
    Response messages =
        graph.post("/" + page + "/subscribed_apps", pageToken, "subscribed_fields", "messages");
    assertThat(messages.errorCode()).isEqualTo(200);
    assertThat(messages.error().path("message").asString()).contains("MESSAGING");
    assertThat(
            graph
                .post("/" + page + "/subscribed_apps", pageToken, "subscribed_fields", "feed")
                .ok())
        .isTrue();
  }

  @Test
  void subscribingNeedsAPageToken() {
    String page = obo.ownedPage(5);
    obo.assign(page, "CREATE_CONTENT");
    Response withSystemUserToken =
        graph.post(
            "/" + page + "/subscribed_apps", obo.systemUserToken, "subscribed_fields", "feed");
    assertThat(withSystemUserToken.errorCode()).isEqualTo(210);
  }

  @Test
  void appPlatformDisabledPagesRefuseSubscriptions() {
    String page =
        sim.world().appPlatformDisabledPages().stream()
            .filter(sim.world().pagesOwnedBy(obo.client.id())::contains)
            .findFirst()
            .orElseThrow();
    obo.assign(page, "CREATE_CONTENT,MODERATE");
    Response subscribe =
        graph.post(
            "/" + page + "/subscribed_apps", obo.pageToken(page), "subscribed_fields", "feed");
    assertThat(subscribe.errorCode()).isEqualTo(200);
    assertThat(subscribe.error().path("message").asString()).contains("app platform");
  }

  @Test
  void restrictedClientPagesCannotBeAssignedByTheClientAdmin() {
    String restricted = sim.world().restrictedClientPagesOf(obo.client.id()).get(0);
    Response page = graph.get("/" + restricted, obo.adminToken, "fields", "name,business,tasks");
    assertThat(page.ok()).isTrue();
    assertThat(page.body().path("business").path("id").asString()).isNotEqualTo(obo.client.id());
    Response assign = obo.assign(restricted, "CREATE_CONTENT");
    assertThat(assign.errorCode()).isEqualTo(200);
    assertThat(assign.error().path("message").asString()).contains("MANAGE");
  }

  @Test
  void sharedClientPagesCanBeAssignedWithinThePermittedTasks() {
    String shared = sim.world().clientPagesOf(obo.client.id()).get(0);
    assertThat(obo.assign(shared, "CREATE_CONTENT,MODERATE").ok()).isTrue();
    assertThat(obo.assign(shared, "MESSAGING").errorCode()).isEqualTo(200);
  }

  @Test
  void pagesOfOtherBusinessesCannotBeAssigned() {
    String foreign =
        sim.world().pagesOwnedBy(sim.world().unconnectedBusinesses().get(3).id()).get(70);
    assertThat(obo.assign(foreign, "CREATE_CONTENT").errorCode()).isEqualTo(200);
  }

  @Test
  void pageWithoutBusinessHasNoBusinessField() {
    String personal = sim.world().pagesWithoutBusinessManagedBy(obo.adminPersonId).get(0);
    Response page = graph.get("/" + personal, obo.adminToken, "fields", "name,business");
    assertThat(page.ok()).isTrue();
    assertThat(page.body().has("business")).isFalse();
  }

  @Test
  void listingPagesNeedsPagesShowList() {
    String token = sim.issueUserToken(obo.adminPersonId, List.of("business_management"));
    assertThat(graph.get("/me/accounts", token).errorCode()).isEqualTo(10);
    Response accounts = graph.get("/me/accounts", obo.adminToken, "limit", "5");
    assertThat(accounts.body().path("data")).hasSize(5);
    assertThat(accounts.body().path("paging").path("next").asString()).contains("after=");
  }

  @Test
  void listingAssignedUsersNeedsAManagersPageToken() {
    String page = obo.ownedPage(6);
    obo.assign(page, "CREATE_CONTENT");
    Response withSystemUserPageToken =
        graph.get("/" + page + "/assigned_users", obo.pageToken(page));
    assertThat(withSystemUserPageToken.errorCode()).isEqualTo(200);
    String adminPageToken =
        graph
            .get("/" + page, obo.adminToken, "fields", "access_token")
            .body()
            .path("access_token")
            .asString();
    Response list = graph.get("/" + page + "/assigned_users", adminPageToken);
    assertThat(list.ok()).as(list.body().toString()).isTrue();
    assertThat(list.body().path("data").get(0).path("id").asString()).isEqualTo(obo.systemUserId);
    assertThat(list.body().path("data").get(0).path("user_type").asString())
        .isEqualTo("SYSTEM_USER");
  }

  @Test
  void removingTheAssignmentRevokesThePageToken() {
    String page = obo.ownedPage(7);
    obo.assign(page, "CREATE_CONTENT");
    String pageToken = obo.pageToken(page);
    Response removal =
        graph.delete("/" + page + "/assigned_users", obo.adminToken, "user", obo.systemUserId);
    assertThat(removal.ok()).isTrue();
    Response after = graph.get("/" + page + "/subscribed_apps", pageToken);
    assertThat(after.errorCode()).isEqualTo(190);
    assertThat(after.errorSubcode()).isEqualTo(492);
  }

  @Test
  void invalidParametersAre100() {
    String page = obo.ownedPage(8);
    Response badTask = obo.assign(page, "FLY");
    assertThat(badTask.errorCode()).isEqualTo(100);
    assertThat(badTask.error().path("message").asString()).contains("tasks[0]");
    Response noUser = graph.post("/" + page + "/assigned_users", obo.adminToken, "tasks", "MANAGE");
    assertThat(noUser.errorCode()).isEqualTo(100);
    Response unknownUser =
        graph.post(
            "/" + page + "/assigned_users", obo.adminToken, "user", "999", "tasks", "MANAGE");
    assertThat(unknownUser.errorCode()).isEqualTo(110);
    Response badField = graph.get("/" + page, obo.adminToken, "fields", "name,wings");
    assertThat(badField.errorCode()).isEqualTo(100);
    assertThat(badField.error().path("message").asString()).contains("nonexisting field (wings)");
  }

  @Test
  void unknownObjectsAreReportedAsMetaDoes() {
    Response unknown = graph.get("/" + sim.world().nonExistentPageId(), obo.adminToken);
    assertThat(unknown.errorCode()).isEqualTo(100);
    assertThat(unknown.errorSubcode()).isEqualTo(33);
    assertThat(unknown.error().path("type").asString()).isEqualTo("GraphMethodException");
    Response alias = graph.get("/not-a-page", obo.adminToken);
    assertThat(alias.errorCode()).isEqualTo(803);
    Response edge = graph.get("/" + obo.ownedPage(0) + "/wings", obo.adminToken);
    assertThat(edge.errorCode()).isEqualTo(100);
  }

  @Test
  void systemUsersCannotBeDeleted() {
    Response delete =
        graph.delete(
            "/" + obo.client.id() + "/system_users", obo.adminToken, "user", obo.systemUserId);
    assertThat(delete.errorCode()).isEqualTo(100);
    assertThat(delete.errorSubcode()).isEqualTo(33);
  }

  @Test
  void revokingAllSystemUserTokensInvalidatesThemAndTheirPageTokens() {
    String page = obo.ownedPage(9);
    obo.assign(page, "CREATE_CONTENT");
    String pageToken = obo.pageToken(page);
    Response revoke = graph.delete("/" + obo.systemUserId + "/access_tokens", obo.adminToken);
    assertThat(revoke.ok()).as(revoke.body().toString()).isTrue();
    assertThat(graph.get("/me", obo.systemUserToken).errorSubcode()).isEqualTo(467);
    assertThat(graph.get("/me", pageToken).errorSubcode()).isEqualTo(467);
  }
}
