package io.mooring.notification.inapp;

import static io.mooring.notification.testing.TestEvents.completed;
import static io.mooring.notification.testing.TestEvents.envelope;
import static io.mooring.notification.testing.TestEvents.person;
import static io.mooring.notification.testing.TestEvents.provisioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.notification.config.NotificationProperties;
import io.mooring.notification.report.ReportLinks;
import io.mooring.notification.report.SignedLink;
import io.mooring.notification.testing.NotificationServiceIntegration;
import io.mooring.notification.testing.TestHttp;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The REST API and the live stream, as the gateway calls them, and tenant isolation. */
class NotificationApiIT extends NotificationServiceIntegration {
  private static final String PROBLEM_JSON = "application/problem+json";

  @Autowired NotificationProperties properties;

  @Test
  void listsNewestFirstInPagesWithTheUnreadCountAndMarksRead() {
    RequestedBy ana = person("ana-" + UUID.randomUUID().toString().substring(0, 6));
    for (String bm : List.of("1000000000000001", "1000000000000002", "1000000000000003")) {
      publish(envelope(tenant, provisioned(bm, ana)));
      awaitCount(ana, bm.endsWith("1") ? 1 : bm.endsWith("2") ? 2 : 3);
    }
    Caller caller = caller(ana.userId());

    JsonNode first = json(http.get("/notifications?page=0&size=2", caller));
    assertThat(first.path("totalItems").asLong()).isEqualTo(3);
    assertThat(first.path("unreadCount").asLong()).isEqualTo(3);
    assertThat(texts(first)).hasSize(2);
    assertThat(texts(first).get(0)).contains("1000000000000003");
    assertThat(texts(first).get(1)).contains("1000000000000002");
    JsonNode second = json(http.get("/notifications?page=1&size=2", caller));
    assertThat(texts(second)).singleElement().asString().contains("1000000000000001");

    String newest = first.path("items").get(0).path("id").asString();
    assertThat(http.post("/notifications/" + newest + "/read", caller).statusCode()).isEqualTo(204);
    JsonNode afterOne = json(http.get("/notifications", caller));
    assertThat(afterOne.path("unreadCount").asLong()).isEqualTo(2);
    assertThat(afterOne.path("items").get(0).path("read").asBoolean()).isTrue();
    assertThat(afterOne.path("items").get(1).path("read").asBoolean()).isFalse();

    JsonNode marked = json(http.post("/notifications/read-all", caller));
    assertThat(marked.path("marked").asLong()).isEqualTo(2);
    assertThat(json(http.get("/notifications", caller)).path("unreadCount").asLong()).isZero();
  }

  @Test
  void aLiveStreamReceivesANewNotificationAndReplaysWhatAReconnectMissed() throws Exception {
    RequestedBy bea = person("bea-" + UUID.randomUUID().toString().substring(0, 6));
    Caller caller = caller(bea.userId());
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    try (Stream<String> stream = openStream(caller, null, lines)) {
      assertThat(next(lines, "event:ready")).isNotNull();

      publish(envelope(tenant, provisioned("1000000000000042", bea)));

      assertThat(next(lines, "event:notification")).isNotNull();
      String data = next(lines, "data:");
      assertThat(data)
          .contains("1000000000000042")
          .contains("\"kind\":\"SYSTEM_USER_PROVISIONED\"");
    }
    String seen = awaitCount(bea, 1).get(0).id();

    publish(envelope(tenant, provisioned("1000000000000043", bea)));
    awaitCount(bea, 2);
    BlockingQueue<String> replay = new LinkedBlockingQueue<>();
    try (Stream<String> stream = openStream(caller, seen, replay)) {
      assertThat(next(replay, "event:notification")).isNotNull();
      assertThat(next(replay, "data:")).contains("1000000000000043");
    }
  }

  @Test
  void anotherTenantCanNeitherListNorDownload() {
    UUID jobId = UUID.randomUUID();
    RequestedBy sam = person("sam-" + jobId.toString().substring(0, 6));
    publish(envelope(tenant, completed(jobId, sam, List.of(), 3, false)));
    awaitCount(sam, 1);
    String path = "/reports/jobs/" + jobId + ".xlsx";
    assertThat(http.getBytes(path, caller(sam.userId())).statusCode()).isEqualTo(200);

    Caller sameIdOtherTenant = caller("other-" + tenant, sam.userId());
    JsonNode theirs = json(http.get("/notifications", sameIdOtherTenant));
    assertThat(theirs.path("totalItems").asLong()).isZero();
    assertThat(theirs.path("items").size()).isZero();
    String samsNotification = notificationsOf(tenant, sam.userId()).get(0).id();
    assertProblem(
        http.post("/notifications/" + samsNotification + "/read", sameIdOtherTenant), 404);
    assertProblem(http.get(path, sameIdOtherTenant), 404);

    SignedLink link = links(Clock.systemUTC()).issue(jobId, tenant);
    String otherTenantLink =
        link.url().getRawPath()
            + "?"
            + link.url().getRawQuery().replace("tenant=" + tenant, "tenant=other-" + tenant);
    assertProblem(http.get(otherTenantLink, null), 403);
  }

  @Test
  void signedLinksWorkUntilTheyExpireAndNotWhenAltered() {
    UUID jobId = UUID.randomUUID();
    RequestedBy tia = person("tia-" + jobId.toString().substring(0, 6));
    publish(envelope(tenant, completed(jobId, tia, List.of(), 2, false)));
    awaitCount(tia, 1);

    SignedLink valid = links(Clock.systemUTC()).issue(jobId, tenant);
    HttpResponse<byte[]> download = http.getBytes(pathAndQuery(valid), null);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("mooring-job-" + jobId + ".xlsx"));

    Clock eightDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(8)), ZoneOffset.UTC);
    assertProblem(http.get(pathAndQuery(links(eightDaysAgo).issue(jobId, tenant)), null), 410);
    assertProblem(http.get(pathAndQuery(valid).replace("signature=", "signature=x"), null), 403);
    assertProblem(http.get(pathAndQuery(valid).replace("expires=", "expires=9"), null), 403);
  }

  @Test
  void badRequestsGetProblemDetails() {
    Caller caller = caller("someone");
    assertProblem(http.get("/notifications", null), 401);
    assertProblem(
        http.send(
            http.request("/notifications", null)
                .header(InternalIdentityTokens.HEADER, "forged.token.value")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString()),
        401);
    assertProblem(http.get("/notifications?size=1000", caller), 400);
    assertProblem(http.post("/notifications/nope/read", caller), 404);
    assertProblem(http.get("/reports/jobs/not-a-uuid.xlsx", caller), 400);
    assertProblem(http.get("/reports/jobs/" + UUID.randomUUID() + ".xlsx", caller), 404);
    assertProblem(http.get("/report-links/jobs/" + UUID.randomUUID() + ".xlsx", null), 400);
  }

  private Stream<String> openStream(Caller caller, String lastEventId, BlockingQueue<String> into)
      throws Exception {
    HttpRequest.Builder request =
        http.request("/notifications/stream", caller).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<Stream<String>> response =
        http.client()
            .sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    Stream<String> body = response.body();
    Thread reader = new Thread(() -> body.forEach(into::add), "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
    return body;
  }

  /** The next line that starts with {@code prefix}, skipping others; null after 15 s. */
  private static String next(BlockingQueue<String> lines, String prefix)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
    }
    return null;
  }

  private List<Notification> awaitCount(RequestedBy person, int count) {
    await().atMost(PATIENCE).until(() -> notificationsOf(tenant, person.userId()).size() == count);
    return notificationsOf(tenant, person.userId());
  }

  private ReportLinks links(Clock clock) {
    return new ReportLinks(
        Base64.getDecoder().decode(properties.linkSigningKey()),
        properties.publicBaseUrl(),
        properties.reportLinkTtl(),
        clock);
  }

  private static String pathAndQuery(SignedLink link) {
    return link.url().getRawPath() + "?" + link.url().getRawQuery();
  }

  private static void assertProblem(HttpResponse<?> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
    if (response.body() instanceof String body) {
      assertThat(TestHttp.json(body).path("status").asInt()).isEqualTo(status);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestHttp.json(response.body());
  }

  private static List<String> texts(JsonNode page) {
    return page.path("items").valueStream().map(item -> item.path("text").asString()).toList();
  }
}
