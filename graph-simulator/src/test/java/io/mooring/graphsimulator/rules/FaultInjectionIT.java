package io.mooring.graphsimulator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.admin.ErrorInjection;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every fault the admin API can inject, seen from a Graph client. */
class FaultInjectionIT {
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private OboFixture obo;

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    obo = new OboFixture(sim, 0).connect();
  }

  @Test
  void injectedErrorByOperationWithCount() {
    String page = obo.ownedPage(0);
    sim.admin().injectError("page.read", 2, null, 1.0, 2);
    for (int i = 0; i < 2; i++) {
      Response failed = graph.get("/" + page, obo.systemUserToken);
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.errorCode()).isEqualTo(2);
      assertThat(failed.error().path("is_transient").asBoolean()).isTrue();
      assertThat(failed.error().path("fbtrace_id").asString()).isNotBlank();
    }
    assertThat(graph.get("/" + page, obo.systemUserToken).ok()).isTrue();
    assertThat(graph.get("/me", obo.systemUserToken).ok())
        .as("other operations unaffected")
        .isTrue();
  }

  @Test
  void injectedErrorWithSubcodeAndOverrides() {
    sim.admin()
        .injectError(
            ErrorInjection.of("me", 190, 460).withMessage("custom text").withHttpStatus(401));
    Response failed = graph.get("/me", obo.adminToken);
    assertThat(failed.status()).isEqualTo(401);
    assertThat(failed.errorSubcode()).isEqualTo(460);
    assertThat(failed.error().path("message").asString()).isEqualTo("custom text");
  }

  @Test
  void injectionRateIsHonoured() {
    sim.admin().injectError("me", 1, null, 0.0, null);
    for (int i = 0; i < 20; i++) {
      assertThat(graph.get("/me", obo.adminToken).ok()).isTrue();
    }
    sim.admin().reset();
    String token = sim.issueUserToken(obo.adminPersonId, OboFixture.ADMIN_SCOPES);
    sim.admin().injectError("me", 1, null, 0.5, null);
    int failures = 0;
    for (int i = 0; i < 200; i++) {
      if (graph.get("/me", token).errorCode() == 1) {
        failures++;
      }
    }
    assertThat(failures).isBetween(60, 140);
  }

  @Test
  void injectedThrottlingReportsTimeToRegainAccess() {
    String page = obo.ownedPage(1);
    sim.admin().injectError("page.read", 80001, null, 1.0, 1);
    Response throttled = graph.get("/" + page, obo.systemUserToken);
    assertThat(throttled.errorCode()).isEqualTo(80001);
    int minutes =
        JsonMapper.builder()
            .build()
            .readTree(throttled.header("X-Business-Use-Case-Usage"))
            .path(page)
            .get(0)
            .path("estimated_time_to_regain_access")
            .asInt();
    assertThat(minutes).isPositive();
  }

  @Test
  void removedErrorsStopFiring() {
    String id = sim.admin().injectError("*", 1);
    assertThat(graph.get("/me", obo.adminToken).errorCode()).isEqualTo(1);
    assertThat(sim.admin().removeError(id)).isTrue();
    assertThat(graph.get("/me", obo.adminToken).ok()).isTrue();
  }

  @Test
  void latencyIsAdded() {
    sim.admin().setLatency(150, 0);
    long start = System.nanoTime();
    graph.get("/me", obo.adminToken);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(150));
    sim.admin().setLatency(0, 0);
    sim.admin().setLatency("page.read", 200, 50);
    start = System.nanoTime();
    graph.get("/" + obo.ownedPage(0), obo.adminToken);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    @SuppressWarnings("unchecked")
    Map<String, Object> perOperation =
        (Map<String, Object>) sim.admin().state().get("operationLatency");
    assertThat(perOperation).containsKey("page.read");
  }

  @Test
  void revokedTokenIs190With467() {
    sim.admin().revokeToken(obo.systemUserToken);
    Response response = graph.get("/me", obo.systemUserToken);
    assertThat(response.errorCode()).isEqualTo(190);
    assertThat(response.errorSubcode()).isEqualTo(467);
    Response debug =
        graph.get(
            "/debug_token",
            sim.appId() + "|" + sim.appSecret(),
            "input_token",
            obo.systemUserToken);
    assertThat(debug.body().path("data").path("is_valid").asBoolean()).isFalse();
    assertThat(debug.body().path("data").path("error").path("subcode").asInt()).isEqualTo(467);
    assertThat((List<?>) sim.admin().state().get("revokedTokens")).hasSize(1);
  }

  @Test
  void passwordChangeInvalidatesUserTokensWith460() {
    String page = obo.ownedPage(2);
    String adminPageToken =
        graph
            .get("/" + page, obo.adminToken, "fields", "access_token")
            .body()
            .path("access_token")
            .asString();
    sim.admin().changePassword(obo.adminPersonId);
    Response me = graph.get("/me", obo.adminToken);
    assertThat(me.errorCode()).isEqualTo(190);
    assertThat(me.errorSubcode()).isEqualTo(460);
    assertThat(graph.get("/" + page + "/subscribed_apps", adminPageToken).errorSubcode())
        .isEqualTo(460);
    assertThat(graph.get("/me", obo.systemUserToken).ok())
        .as("system users have no password")
        .isTrue();
    String fresh = sim.issueUserToken(obo.adminPersonId, OboFixture.ADMIN_SCOPES);
    assertThat(graph.get("/me", fresh).ok()).isTrue();
  }

  @Test
  void systemUserRemovedFromPageGets492() {
    String page = obo.ownedPage(3);
    obo.assign(page, "CREATE_CONTENT,MODERATE");
    String pageToken = obo.pageToken(page);
    sim.admin().removeSystemUserFromPage(obo.systemUserId, page);
    Response withPageToken = graph.get("/" + page + "/subscribed_apps", pageToken);
    assertThat(withPageToken.errorCode()).isEqualTo(190);
    assertThat(withPageToken.errorSubcode()).isEqualTo(492);
    Response withSystemUserToken =
        graph.get("/" + page, obo.systemUserToken, "fields", "access_token");
    assertThat(withSystemUserToken.errorSubcode()).isEqualTo(492);
    assertThat(graph.get("/" + obo.ownedPage(4), obo.systemUserToken).ok())
        .as("other pages fine")
        .isTrue();
  }

  @Test
  void disabledAppPlatformRefusesSubscriptions() {
    String page = obo.ownedPage(5);
    obo.assign(page, "CREATE_CONTENT");
    String pageToken = obo.pageToken(page);
    assertThat(
            graph
                .post("/" + page + "/subscribed_apps", pageToken, "subscribed_fields", "feed")
                .ok())
        .isTrue();
    sim.admin().disableAppPlatform(page);
    Response refused =
        graph.post("/" + page + "/subscribed_apps", pageToken, "subscribed_fields", "feed");
    assertThat(refused.errorCode()).isEqualTo(200);
    assertThat(sim.admin().state().get("appPlatformDisabledPages").toString()).contains(page);
  }

  @Test
  void expiredTokensAre463() {
    sim.admin().advanceClock(Duration.ofDays(61));
    Response expired = graph.get("/me", obo.adminToken);
    assertThat(expired.errorCode()).isEqualTo(190);
    assertThat(expired.errorSubcode()).isEqualTo(463);
    assertThat(expired.error().path("message").asString()).contains("Session has expired");
    assertThat(graph.get("/me", obo.systemUserToken).ok()).as("non-expiring").isTrue();
  }

  @Test
  void resetClearsEverything() {
    sim.admin().injectError("*", 2);
    sim.admin().setLatency(10, 5);
    sim.admin().reset();
    Map<String, Object> state = sim.admin().state();
    assertThat((List<?>) state.get("faults")).isEmpty();
    assertThat(state.get("latency")).isEqualTo(Map.of("fixedMs", 0L, "jitterMs", 0L));
    assertThat(graph.get("/me", obo.adminToken).errorCode()).as("tokens are gone").isEqualTo(190);
    assertThat(graph.get("/me", sim.partnerAdminSystemUserToken()).ok()).isTrue();
  }
}
