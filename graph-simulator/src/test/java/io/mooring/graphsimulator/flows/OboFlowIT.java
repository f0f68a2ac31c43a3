package io.mooring.graphsimulator.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The documented On-Behalf-Of flow, end to end, and its preconditions. */
class OboFlowIT {
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());

  @BeforeEach
  void reset() {
    sim.admin().reset();
  }

  @Test
  void connectsAClientAndSubscribesAPageEndToEnd() {
    OboFixture obo = new OboFixture(sim, 0);
    String redirect = "https://mooring.example/callback";
    String code = sim.issueLoginCode(obo.adminPersonId, OboFixture.ADMIN_SCOPES, redirect);
    Response exchanged =
        graph.call(
            "GET",
            "/oauth/access_token",
            GraphClient.pairs(
                "client_id",
                sim.appId(),
                "client_secret",
                sim.appSecret(),
                "redirect_uri",
                redirect,
                "code",
                code),
            true);
    assertThat(exchanged.status()).isEqualTo(200);
    String adminToken = exchanged.body().path("access_token").asString();
    assertThat(exchanged.body().path("expires_in").asLong()).isGreaterThan(59L * 24 * 3600);

    Response businesses = graph.get("/me/businesses", adminToken);
    assertThat(ids(businesses.body().path("data"))).contains(obo.client.id());

    Response step1 =
        graph.post(
            "/" + sim.partnerBusinessId() + "/managed_businesses",
            adminToken,
            "existing_client_business_id",
            obo.client.id());
    assertThat(step1.ok()).as(step1.body().toString()).isTrue();
    assertThat(step1.body().path("id").asString()).isEqualTo(obo.client.id());

    Response step2 = obo.createSystemUserToken(OboFixture.SU_SCOPES);
    assertThat(step2.ok()).as(step2.body().toString()).isTrue();
    String suToken = step2.body().path("access_token").asString();

    Response me = graph.get("/me", suToken);
    String suId = me.body().path("id").asString();
    assertThat(me.body().path("name").asString()).isEqualTo(obo.client.name() + " SYSTEM USER");

    Response systemUsers = graph.get("/" + obo.client.id() + "/system_users", adminToken);
    JsonNode created = find(systemUsers.body().path("data"), suId);
    assertThat(created.path("role").asString()).isEqualTo("EMPLOYEE");

    String pageId = obo.ownedPage(3);
    Response assign =
        graph.post(
            "/" + pageId + "/assigned_users",
            adminToken,
            "user",
            suId,
            "tasks",
            "[\"CREATE_CONTENT\",\"MODERATE\",\"MESSAGING\",\"ANALYZE\"]");
    assertThat(assign.ok()).as(assign.body().toString()).isTrue();

    Response assigned = graph.get("/" + suId + "/assigned_pages", suToken);
    JsonNode entry = find(assigned.body().path("data"), pageId);
    assertThat(texts(entry.path("tasks")))
        .containsExactlyInAnyOrder("CREATE_CONTENT", "MODERATE", "MESSAGING", "ANALYZE");

    Response page = graph.get("/" + pageId, suToken, "fields", "name,business,access_token");
    assertThat(page.body().path("business").path("id").asString()).isEqualTo(obo.client.id());
    String pageToken = page.body().path("access_token").asString();
    assertThat(pageToken).isNotBlank().isNotEqualTo(suToken);

    Response subscribe =
        graph.post(
            "/" + pageId + "/subscribed_apps", pageToken, "subscribed_fields", "feed,messages");
    assertThat(subscribe.ok()).as(subscribe.body().toString()).isTrue();
    Response apps = graph.get("/" + pageId + "/subscribed_apps", pageToken);
    JsonNode app = find(apps.body().path("data"), sim.appId());
    assertThat(texts(app.path("subscribed_fields"))).containsExactly("feed", "messages");

    Response debug =
        graph.get("/debug_token", sim.appId() + "|" + sim.appSecret(), "input_token", suToken);
    JsonNode data = debug.body().path("data");
    assertThat(data.path("type").asString()).isEqualTo("SYSTEM_USER");
    assertThat(data.path("expires_at").asLong()).isZero();
    assertThat(data.path("is_valid").asBoolean()).isTrue();
    assertThat(data.path("user_id").asString()).isEqualTo(suId);

    Response removal =
        graph.delete(
            "/" + sim.partnerBusinessId() + "/managed_businesses",
            adminToken,
            "existing_client_business_id",
            obo.client.id());
    assertThat(removal.ok()).isTrue();
    Response afterRemoval = graph.get("/me", suToken);
    assertThat(afterRemoval.errorCode()).isEqualTo(190);
    assertThat(afterRemoval.errorSubcode()).isEqualTo(458);
    assertThat(graph.get("/" + obo.client.id() + "/system_users", adminToken).body().path("data"))
        .noneMatch(n -> n.path("id").asString().equals(suId));
  }

  @Test
  void secondStepReusesTheSystemUserAndMintsANewToken() {
    OboFixture obo = new OboFixture(sim, 1).connect();
    Response again = obo.createSystemUserToken("business_management");
    String second = again.body().path("access_token").asString();
    assertThat(second).isNotEqualTo(obo.systemUserToken);
    assertThat(graph.get("/me", second).body().path("id").asString()).isEqualTo(obo.systemUserId);
    assertThat(graph.get("/me", obo.systemUserToken).ok()).isTrue();
  }

  @Test
  void secondStepNeedsTheRelationship() {
    OboFixture obo = new OboFixture(sim, 0);
    Response step2 = obo.createSystemUserToken("business_management");
    assertThat(step2.errorCode()).isEqualTo(200);
    assertThat(step2.error().path("message").asString()).contains("On-Behalf-Of");
  }

  @Test
  void preConnectedClientHasTheRelationshipButNoSystemUser() {
    var preConnected =
        sim.world().clientBusinesses().stream()
            .filter(b -> b.oboConnected())
            .findFirst()
            .orElseThrow();
    String admin =
        sim.issueUserToken(preConnected.adminPersonIds().get(0), OboFixture.ADMIN_SCOPES);
    assertThat(graph.get("/" + preConnected.id() + "/system_users", admin).body().path("data"))
        .isEmpty();
    Response step2 =
        graph.post(
            "/" + preConnected.id() + "/access_token",
            sim.partnerAdminSystemUserToken(),
            "scope",
            "business_management",
            "app_id",
            sim.appId());
    assertThat(step2.ok()).as(step2.body().toString()).isTrue();
  }

  @Test
  void secondStepNeedsThePartnerAdminSystemUserToken() {
    OboFixture obo = new OboFixture(sim, 0);
    obo.createRelationship();
    Response withUserToken =
        graph.post(
            "/" + obo.client.id() + "/access_token",
            obo.adminToken,
            "scope",
            "business_management",
            "app_id",
            sim.appId());
    assertThat(withUserToken.errorCode()).isEqualTo(200);
  }

  @Test
  void secondStepNeedsEveryRequestedScopeOnThePartnerToken() {
    OboFixture obo = new OboFixture(sim, 0);
    obo.createRelationship();
    String partnerSu = sim.world().partnerAdminSystemUserId();
    Response narrow =
        graph.post(
            "/" + partnerSu + "/access_tokens",
            sim.partnerAdminSystemUserToken(),
            "business_app",
            sim.appId(),
            "scope",
            "business_management,pages_show_list");
    assertThat(narrow.ok()).as(narrow.body().toString()).isTrue();
    String narrowToken = narrow.body().path("access_token").asString();

    Response step2 =
        graph.post(
            "/" + obo.client.id() + "/access_token",
            narrowToken,
            "scope",
            "business_management,pages_messaging",
            "app_id",
            sim.appId());
    assertThat(step2.errorCode()).isEqualTo(200);
    assertThat(step2.error().path("message").asString()).contains("pages_messaging");
  }

  @Test
  void relationshipNeedsAnAdminOfTheClient() {
    var client = sim.world().clientBusinesses().get(0);
    String employee =
        sim.issueUserToken(client.employeePersonIds().get(0), OboFixture.ADMIN_SCOPES);
    Response step1 =
        graph.post(
            "/" + sim.partnerBusinessId() + "/managed_businesses",
            employee,
            "existing_client_business_id",
            client.id());
    assertThat(step1.errorCode()).isEqualTo(200);
  }

  @Test
  void relationshipNeedsBusinessManagement() {
    var client = sim.world().clientBusinesses().get(0);
    String token = sim.issueUserToken(client.adminPersonIds().get(0), List.of("pages_show_list"));
    Response step1 =
        graph.post(
            "/" + sim.partnerBusinessId() + "/managed_businesses",
            token,
            "existing_client_business_id",
            client.id());
    assertThat(step1.errorCode()).isEqualTo(200);
    assertThat(step1.error().path("message").asString()).contains("business_management");
  }

  @Test
  void systemUserCapStopsTheSecondStep() {
    OboFixture obo = new OboFixture(sim, 0);
    obo.createRelationship();
    sim.admin().setSystemUserCap(obo.client.id(), 0);
    Response step2 = obo.createSystemUserToken("business_management");
    assertThat(step2.errorCode()).isEqualTo(100);
    assertThat(step2.error().path("message").asString()).contains("limit");
  }

  static List<String> ids(JsonNode data) {
    return data.valueStream().map(n -> n.path("id").asString()).toList();
  }

  static List<String> texts(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  static JsonNode find(JsonNode data, String id) {
    return data.valueStream()
        .filter(n -> n.path("id").asString().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + data));
  }
}
