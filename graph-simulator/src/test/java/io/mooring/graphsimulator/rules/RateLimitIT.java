package io.mooring.graphsimulator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Business Use Case budgets per page and business, and the usage headers. */
class RateLimitIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private OboFixture obo;

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    obo = new OboFixture(sim, 0).connect();
  }

  @Test
  void pageBudgetExceededWithSystemUserTokenIs80001() {
    String page = obo.ownedPage(0);
    sim.admin().setPageBudget(page, 3);
    for (int i = 1; i <= 3; i++) {
      Response ok = graph.get("/" + page, obo.systemUserToken);
      assertThat(ok.ok()).isTrue();
      JsonNode usage = bucUsage(ok, page);
      assertThat(usage.path("type").asString()).isEqualTo("pages");
      assertThat(usage.path("call_count").asInt()).isEqualTo(i * 100 / 3);
      assertThat(usage.path("estimated_time_to_regain_access").asInt()).isZero();
    }
    Response throttled = graph.get("/" + page, obo.systemUserToken);
    assertThat(throttled.errorCode()).isEqualTo(80001);
    assertThat(throttled.error().path("is_transient").asBoolean()).isTrue();
    assertThat(throttled.error().path("message").asString()).startsWith("(#80001)");
    JsonNode usage = bucUsage(throttled, page);
    assertThat(usage.path("call_count").asInt()).isGreaterThan(100);
    assertThat(usage.path("estimated_time_to_regain_access").asInt()).isPositive();
    assertThat(throttled.header("X-App-Usage")).contains("call_count");
  }

  @Test
  void pageBudgetExceededWithUserTokenIs32() {
    String page = obo.ownedPage(1);
    sim.admin().setPageBudget(page, 1);
    assertThat(graph.get("/" + page, obo.adminToken).ok()).isTrue();
    Response throttled = graph.get("/" + page, obo.adminToken);
    assertThat(throttled.errorCode()).isEqualTo(32);
    assertThat(bucUsage(throttled, page).path("estimated_time_to_regain_access").asInt())
        .isPositive();
  }

  @Test
  void pageTokensShareThePageBudget() {
    String page = obo.ownedPage(2);
    obo.assign(page, "CREATE_CONTENT");
    String pageToken = obo.pageToken(page);
    sim.admin().setPageBudget(page, 2);
    graph.get("/" + page + "/subscribed_apps", pageToken);
    Response throttled = graph.get("/" + page + "/subscribed_apps", pageToken);
    assertThat(throttled.errorCode()).isEqualTo(80001);
  }

  @Test
  void budgetComesBackAfterTheWindow() {
    String page = obo.ownedPage(3);
    sim.admin().setPageBudget(page, 1);
    graph.get("/" + page, obo.systemUserToken);
    Response throttled = graph.get("/" + page, obo.systemUserToken);
    int minutes = bucUsage(throttled, page).path("estimated_time_to_regain_access").asInt();
    assertThat(minutes).isBetween(1, 60);
    sim.admin().advanceClock(Duration.ofMinutes(minutes));
    assertThat(graph.get("/" + page, obo.systemUserToken).ok()).isTrue();
  }

  @Test
  void businessBudgetExceededIs613() {
    var untouched = sim.world().clientBusinesses().get(5);
    String admin = sim.issueUserToken(untouched.adminPersonIds().get(0), OboFixture.ADMIN_SCOPES);
    sim.admin().setBusinessBudget(untouched.id(), 1);
    String path = "/" + untouched.id() + "/system_users";
    Response first = graph.get(path, admin);
    assertThat(first.ok()).isTrue();
    assertThat(bucUsage(first, untouched.id()).path("type").asString())
        .isEqualTo("business_management");
    Response throttled = graph.get(path, admin);
    assertThat(throttled.errorCode()).isEqualTo(613);
    assertThat(bucUsage(throttled, untouched.id()).path("estimated_time_to_regain_access").asInt())
        .isPositive();
  }

  @Test
  void appBudgetExceededIs4() {
    sim.admin().setRateLimits(null, null, null, 2, null);
    graph.get("/me", obo.adminToken);
    graph.get("/me", obo.adminToken);
    Response throttled = graph.get("/me", obo.adminToken);
    assertThat(throttled.errorCode()).isEqualTo(4);
    assertThat(JSON.readTree(throttled.header("X-App-Usage")).path("call_count").asInt())
        .isGreaterThanOrEqualTo(100);
  }

  @Test
  void userBudgetExceededIs17() {
    sim.admin().setRateLimits(null, null, null, null, 1);
    graph.get("/me", obo.adminToken);
    assertThat(graph.get("/me", obo.adminToken).errorCode()).isEqualTo(17);
    assertThat(graph.get("/me", obo.systemUserToken).ok())
        .as("system users have no user budget")
        .isTrue();
  }

  private static JsonNode bucUsage(Response response, String objectId) {
    String header = response.header("X-Business-Use-Case-Usage");
    assertThat(header).as("X-Business-Use-Case-Usage").isNotNull();
    return JSON.readTree(header).path(objectId).get(0);
  }
}
