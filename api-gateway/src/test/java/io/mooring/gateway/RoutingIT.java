package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.gateway.testing.Downstreams;
import io.mooring.gateway.testing.HttpResponse;
import io.mooring.gateway.testing.StubService;
import io.mooring.platform.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each public path reaches its service, with the caller the gateway vouches for. */
class RoutingIT extends GatewayTestSupport {

  @Test
  void anAdminConnectsABusinessManagerThroughTheGatewayAndMetasCallbackNeedsNoToken()
      throws Exception {
    String admin = token("tenant-route-bm", "ana", Role.ADMIN);

    String businessManagerId = connectBusinessManager(admin, 0);

    HttpResponse list = get("/api/business-managers", admin);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body().path("totalItems").asLong()).isEqualTo(1);
    assertThat(list.body().path("items").get(0).path("businessManagerId").asString())
        .isEqualTo(businessManagerId);
    HttpResponse one = get("/api/business-managers/" + businessManagerId, admin);
    assertThat(one.status()).isEqualTo(200);
  }

  @Test
  void pagesAndJobsGoToThePageWorkerWithTheCallersSignedIdentity() throws Exception {
    String viewer = token("tenant-route-pages", "vic", Role.VIEWER);
    String jobId = UUID.randomUUID().toString();

    HttpResponse pages = get("/api/pages?movedToSystemUser=true", viewer);
    HttpResponse job = get("/api/enablement-jobs/" + jobId, viewer);

    assertThat(pages.status()).isEqualTo(200);
    assertThat(pages.body().path("service").asString()).isEqualTo("page-subscription-worker");
    assertThat(job.body().path("path").asString()).isEqualTo("/api/enablement-jobs/" + jobId);
    StubService.Received received =
        Downstreams.pageWorker().receivedOn("/api/pages").stream()
            .filter(r -> r.caller() != null && r.caller().tenantId().equals("tenant-route-pages"))
            .findFirst()
            .orElseThrow();
    assertThat(received.query()).isEqualTo("movedToSystemUser=true");
    assertThat(received.caller().userId()).isEqualTo("vic");
    assertThat(received.caller().roles()).containsExactly(Role.VIEWER);
  }

  @Test
  void notificationsAndReportsGoToTheNotificationServiceWithoutTheApiPrefix() throws Exception {
    String viewer = token("tenant-route-notes", "vic", Role.VIEWER);
    String jobId = UUID.randomUUID().toString();

    HttpResponse notes = get("/api/notifications?page=0", viewer);
    HttpResponse report = get("/api/reports/jobs/" + jobId + ".xlsx", viewer);

    assertThat(notes.status()).isEqualTo(200);
    assertThat(notes.body().path("path").asString()).isEqualTo("/notifications");
    assertThat(notes.body().path("tenantId").asString()).isEqualTo("tenant-route-notes");
    assertThat(report.body().path("path").asString()).isEqualTo("/reports/jobs/" + jobId + ".xlsx");
  }

  @Test
  void aSignedReportLinkFromAnEmailNeedsNoTokenAndCarriesNoIdentity() throws Exception {
    String jobId = UUID.randomUUID().toString();

    HttpResponse report =
        get("/report-links/jobs/" + jobId + ".xlsx?tenant=t&expires=1&signature=s", null);

    assertThat(report.status()).isEqualTo(200);
    StubService.Received received =
        Downstreams.notifications().receivedOn("/report-links/jobs/" + jobId).get(0);
    assertThat(received.caller()).isNull();
    assertThat(received.header("X-Mooring-Identity")).isNull();
    assertThat(received.query()).contains("signature=s");
  }

  @Test
  void theGatewayServesItsOwnHealthAndMetrics() throws Exception {
    assertThat(get("/actuator/health/readiness", null).body().path("status").asString())
        .isEqualTo("UP");
    HttpResponse metrics = get("/actuator/prometheus", null);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text()).contains("http_server_requests_seconds");
  }

  @Test
  void aServiceThatDoesNotAnswerIsA502Problem() throws Exception {
    String viewer = token("tenant-route-down", "vic", Role.VIEWER);
    Downstreams.notifications().crashing(true);
    try {
      assertProblem(get("/api/notifications", viewer), 502);
    } finally {
      Downstreams.notifications().crashing(false);
    }
    assertThat(get("/api/notifications", viewer).status()).isEqualTo(200);
  }

  @Test
  void anUnknownPathIsAProblemNotAPage() throws Exception {
    String viewer = token("tenant-route-unknown", "vic", Role.VIEWER);

    assertProblem(get("/api/nothing-here", viewer), 404);
    assertProblem(get("/nothing-here", viewer), 404);
  }
}
