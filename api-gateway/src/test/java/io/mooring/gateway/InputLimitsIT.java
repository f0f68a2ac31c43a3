package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.gateway.testing.Downstreams;
import io.mooring.gateway.testing.HttpResponse;
import io.mooring.platform.identity.Role;
import java.net.http.HttpRequest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Oversized or malformed input is refused at the door as a problem; no service sees it. */
class InputLimitsIT extends GatewayTestSupport {

  private static String job(int pages) {
    return IntStream.range(0, pages)
        .mapToObj(i -> "\"" + (100_000_000_000_000L + i) + "\"")
        .collect(Collectors.joining(",", "{\"pageIds\":[", "],\"dryRun\":false}"));
  }

  private int jobsReceived(String tenant) {
    return (int)
        Downstreams.pageWorker().receivedOn("/api/enablement-jobs").stream()
            .filter(r -> r.caller() != null && r.caller().tenantId().equals(tenant))
            .count();
  }

  @Test
  void aJobOf10000PagesPassesWholeAndOneOf10001IsRefused() throws Exception {
    String manager = token("tenant-input-jobs", "max", Role.MANAGER);
    String largest = job(10_000);

    HttpResponse accepted = post("/api/enablement-jobs", manager, largest);
    HttpResponse refused = post("/api/enablement-jobs", manager, job(10_001));

    assertThat(accepted.status()).isEqualTo(200);
    assertThat(
            Downstreams.pageWorker().receivedOn("/api/enablement-jobs").stream()
                .filter(
                    r -> r.caller() != null && r.caller().tenantId().equals("tenant-input-jobs"))
                .findFirst()
                .orElseThrow()
                .body())
        .isEqualTo(largest);
    assertProblem(refused, 413);
    assertThat(refused.body().path("maxPageIds").asInt()).isEqualTo(10_000);
    assertThat(jobsReceived("tenant-input-jobs")).isEqualTo(1);
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() throws Exception {
    String manager = token("tenant-input-size", "max", Role.MANAGER);
    String padded = "{\"pageIds\":[\"1\"],\"note\":\"" + "x".repeat(1_100_000) + "\"}";

    HttpResponse refused = post("/api/enablement-jobs", manager, padded);
    HttpResponse notes =
        post("/api/notifications/n-1/read", manager, "{\"x\":\"" + "y".repeat(70_000) + "\"}");

    assertProblem(refused, 413);
    assertProblem(notes, 413);
    assertThat(jobsReceived("tenant-input-size")).isZero();
  }

  @Test
  void malformedJobsAreRefusedAndSayWhy() throws Exception {
    String manager = token("tenant-input-bad", "max", Role.MANAGER);

    HttpResponse notJson = post("/api/enablement-jobs", manager, "{\"pageIds\":[\"1\"");
    HttpResponse badIds = post("/api/enablement-jobs", manager, "{\"pageIds\":[\"12a\",7]}");
    HttpResponse noIds = post("/api/enablement-jobs", manager, "{\"dryRun\":true}");
    HttpResponse empty = post("/api/enablement-jobs", manager, "{\"pageIds\":[]}");
    HttpResponse text =
        send(
            request("/api/enablement-jobs", manager)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("pageIds=1")));

    assertProblem(notJson, 400);
    assertProblem(badIds, 400);
    assertThat(badIds.body().path("malformedPageIds").toString()).contains("12a").contains("7");
    assertProblem(noIds, 400);
    assertProblem(empty, 400);
    assertProblem(text, 415);
    assertThat(jobsReceived("tenant-input-bad")).isZero();
  }

  @Test
  void malformedIdsInPathsAreRefused() throws Exception {
    String admin = token("tenant-input-ids", "ana", Role.ADMIN);
    int pageRequests = Downstreams.pageWorker().received().size();

    assertProblem(get("/api/business-managers/not-a-number", admin), 400);
    assertProblem(post("/api/business-managers/12ab/system-user", admin, null), 400);
    assertProblem(get("/api/enablement-jobs/not-a-uuid", admin), 400);
    assertProblem(get("/api/pages/12a", admin), 400);
    assertProblem(get("/api/pages/%3Cscript%3E", admin), 400);
    assertProblem(get("/api/pages/..%2F..%2Factuator", admin), 400);
    assertProblem(get("/api/reports/jobs/abc.xlsx", admin), 400);
    assertThat(Downstreams.pageWorker().received()).hasSize(pageRequests);
  }
}
