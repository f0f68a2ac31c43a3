package io.mooring.pagesubscription.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.EnableSystemUserRequested;
import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.Topics;
import io.mooring.graph.page.PageTaskAssignment;
import io.mooring.graph.token.AccessToken;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.pagesubscription.WorkerTestSupport;
import io.mooring.platform.identity.Role;
import io.mooring.platform.kafka.DeadLetterReason;
import io.mooring.secrets.SecretContext;
import io.mooring.testsupport.ServiceHttp.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** Enabling System User on pages, on the real broker and store, against the Graph simulator. */
class EnablementJobsIT extends WorkerTestSupport {
  @Autowired JobPages jobPages;
  @Autowired MongoTemplate mongo;
  @MockitoSpyBean JobIntake intake;

  @Test
  void aSinglePageMovesWithLeastPrivilegeTasksAndIsAnnouncedWithASealedToken() throws Exception {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(0);
    String systemUserId = connect("tenant-one", business, true, null);
    String pageId = ownedPage(business, 0);

    Response started =
        post(
            "/api/enablement-jobs",
            identity("tenant-one", Role.MANAGER),
            "{\"pageIds\":[\"" + pageId + "\"]}");

    assertThat(started.status()).isEqualTo(202);
    String jobId = started.body().path("jobId").asString();
    EnablementJob job = awaitCompleted(jobId);
    assertThat(job.moved()).isEqualTo(1);
    var moved =
        (PageMovedToSystemUser)
            kafka().envelopes(Topics.ENABLEMENT_PAGE_EVENTS.name(), pageId, 1).get(0).payload();
    assertThat(moved.systemUserId()).isEqualTo(systemUserId);
    assertThat(moved.tasks())
        .containsExactlyInAnyOrder("ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE");
    String pageToken =
        vault.open(moved.pageAccessToken(), SecretContext.pageToken("tenant-one", pageId));
    assertThat(graph.pages().subscribedApps(AccessToken.of(pageToken), pageId)).isNotEmpty();
    String adminToken = simulator().issueUserToken(business.adminPersonIds().get(0), ADMIN_SCOPES);
    AccessToken adminPageToken =
        graph.pages().read(AccessToken.of(adminToken), pageId).accessToken().orElseThrow();
    List<PageTaskAssignment> assigned = graph.pages().assignedUsers(adminPageToken, pageId).data();
    assertThat(assigned.stream().filter(a -> a.userId().equals(systemUserId)))
        .singleElement()
        .satisfies(a -> assertThat(a.tasks().toString()).doesNotContain("MANAGE"));
    assertThat(completions(jobId)).hasSize(1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                get("/api/pages?movedToSystemUser=true", identity("tenant-one", Role.VIEWER))
                        .body()
                        .path("totalItems")
                        .asLong()
                    == 1);
  }

  @Test
  void aBulkJobGivesEveryIneligiblePageItsReasonAndNextStepAndCompletesOnce() {
    var world = simulator().world();
    DemoWorld.ClientBusiness ready = world.clientBusinesses().get(1);
    DemoWorld.ClientBusiness noSystemUser = world.clientBusinesses().get(2);
    DemoWorld.ClientBusiness expired = world.clientBusinesses().get(3);
    DemoWorld.ClientBusiness stranger = world.clientBusinesses().get(4);
    String tenant = "tenant-bulk";
    connect(tenant, ready, true, null);
    connect(tenant, noSystemUser, false, null);
    connect(tenant, expired, true, Instant.now().minus(Duration.ofDays(1)));

    Map<String, ReasonCode> expected = new java.util.LinkedHashMap<>();
    List<String> eligible = world.pagesOwnedBy(ready.id()).subList(10, 30);
    world.appPlatformDisabledPages().stream()
        .filter(world.pagesOwnedBy(ready.id())::contains)
        .forEach(p -> expected.put(p, ReasonCode.APP_PLATFORM_DISABLED));
    world
        .pagesOwnedBy(noSystemUser.id())
        .subList(10, 13)
        .forEach(p -> expected.put(p, ReasonCode.SYSTEM_USER_NOT_SET_UP));
    world
        .pagesOwnedBy(expired.id())
        .subList(10, 13)
        .forEach(p -> expected.put(p, ReasonCode.BM_CONNECTION_EXPIRED));
    world
        .clientPagesOf(ready.id())
        .subList(0, 3)
        .forEach(p -> expected.put(p, ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED));
    world
        .pagesWithoutBusinessManagedBy(ready.adminPersonIds().get(0))
        .forEach(p -> expected.put(p, ReasonCode.PAGE_NOT_IN_ANY_BUSINESS));
    expected.put(world.nonExistentPageId(), ReasonCode.PAGE_NOT_FOUND);
    world
        .pagesOwnedBy(stranger.id())
        .subList(10, 12)
        .forEach(p -> expected.put(p, ReasonCode.PERMISSION_DENIED));
    List<String> pageIds = new ArrayList<>(eligible);
    pageIds.addAll(expected.keySet());
    pageIds.add(eligible.get(0)); // a duplicate id is removed, not processed twice
    UUID jobId = UUID.randomUUID();

    publisher.publishAndWait(
        Envelope.start(
            Messages.ENABLE_SYSTEM_USER_REQUESTED,
            tenant,
            "main-platform",
            new EnableSystemUserRequested(jobId, ANA, pageIds, false),
            Clock.systemUTC()),
        Duration.ofSeconds(10));

    EnablementJob job = awaitCompleted(jobId.toString());
    assertThat(job.totalPages()).isEqualTo(eligible.size() + expected.size());
    assertThat(job.moved()).isEqualTo(eligible.size());
    assertThat(job.failed()).isEqualTo(expected.size());
    Map<String, JobPage> outcomes =
        jobPages.pagesOf(jobId.toString(), null, 0, 1000).stream()
            .collect(Collectors.toMap(JobPage::pageId, p -> p));
    expected.forEach(
        (pageId, reason) -> {
          assertThat(outcomes.get(pageId).reason()).as("reason of %s", pageId).isEqualTo(reason);
          assertThat(outcomes.get(pageId).nextStep()).as("next step of %s", pageId).isNotBlank();
        });
    assertThat(outcomes.get(world.pagesOwnedBy(noSystemUser.id()).get(10)).nextStep())
        .isEqualTo(
            "Set up the System User on Business Manager \""
                + noSystemUser.name()
                + "\", then retry.");
    assertThat(outcomes.get(world.pagesOwnedBy(expired.id()).get(10)).nextStep())
        .isEqualTo("Reconnect Business Manager \"" + expired.name() + "\" in Mooring, then retry.");
    eligible.forEach(
        pageId -> assertThat(outcomes.get(pageId).status()).isEqualTo(PageStatus.MOVED));

    List<EnablementJobCompleted> completions = completions(jobId.toString());
    assertThat(completions).hasSize(1);
    EnablementJobCompleted completed = completions.get(0);
    assertThat(completed.moved()).isEqualTo(eligible.size());
    assertThat(
            completed.failuresByReason().stream()
                .collect(Collectors.toMap(FailuresByReason::reason, FailuresByReason::count)))
        .isEqualTo(
            expected.values().stream()
                .collect(Collectors.groupingBy(r -> r, Collectors.summingInt(r -> 1))));
  }

  @Test
  void throttledPagesWaitOnTheirOwnWhileTheOthersMoveOn() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(5);
    connect("tenant-throttle", business, true, null);
    List<String> pageIds = simulator().world().pagesOwnedBy(business.id()).subList(10, 16);
    simulator().admin().injectError("assigned_users.create", 80001, null, 1.0, 2);

    String jobId = startJob("tenant-throttle", pageIds, false);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> countWithStatus(jobId, PageStatus.MOVED) == 4);
    List<JobPage> waiting = jobPages.pagesOf(jobId, PageStatus.PENDING, 0, 10);
    assertThat(waiting)
        .hasSize(2)
        .allSatisfy(
            page -> {
              assertThat(page.attempts()).isEqualTo(1);
              assertThat(page.nextAttemptAt()).isAfter(clock.instant().plusSeconds(50));
            });
    clock.advance(Duration.ofSeconds(61));

    EnablementJob job = awaitCompleted(jobId);
    assertThat(job.moved()).isEqualTo(6);
    assertThat(completions(jobId)).hasSize(1);
  }

  @Test
  void aPermanentErrorFailsThePageAtOnce() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(6);
    connect("tenant-permanent", business, true, null);
    simulator().admin().injectError("assigned_users.create", 200, null, 1.0, null);

    String jobId =
        startJob(
            "tenant-permanent",
            simulator().world().pagesOwnedBy(business.id()).subList(10, 12),
            false);

    EnablementJob job = awaitCompleted(jobId);
    assertThat(job.failed()).isEqualTo(2);
    assertThat(jobPages.pagesOf(jobId, null, 0, 10))
        .allSatisfy(
            page -> {
              assertThat(page.reason()).isEqualTo(ReasonCode.PERMISSION_DENIED);
              assertThat(page.attempts()).isEqualTo(1);
              // Failed while moving: the check had found the page and its Business Manager.
              assertThat(page.pageName()).isNotBlank();
              assertThat(page.businessManagerId()).isEqualTo(business.id());
              assertThat(page.nextStep()).contains(business.name());
            });
  }

  @Test
  void retriesAreBoundedByAttemptsAndByHowLongAPageStaysThrottled() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(7);
    connect("tenant-exhausted", business, true, null);
    List<String> owned = simulator().world().pagesOwnedBy(business.id());
    simulator().admin().injectError("subscribed_apps.create", 2, null, 1.0, null);

    String unavailable = startJob("tenant-exhausted", owned.subList(10, 11), false);
    EnablementJob job = awaitCompleted(unavailable);
    JobPage page = jobPages.pagesOf(unavailable, null, 0, 1).get(0);
    assertThat(page.reason()).isEqualTo(ReasonCode.META_UNAVAILABLE);
    assertThat(page.attempts()).isEqualTo(3);
    assertThat(job.failed()).isEqualTo(1);

    simulator().admin().clearErrors();
    simulator().admin().injectError("assigned_users.create", 80001, null, 1.0, null);
    String throttled = startJob("tenant-exhausted", owned.subList(11, 12), false);
    for (int minute = 0; minute < 4; minute++) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> jobPages.pagesOf(throttled, null, 0, 1).get(0).attempts() > 0);
      clock.advance(Duration.ofSeconds(61));
    }
    awaitCompleted(throttled);
    assertThat(jobPages.pagesOf(throttled, null, 0, 1).get(0).reason())
        .isEqualTo(ReasonCode.THROTTLED_TOO_LONG);
  }

  @Test
  void aRedeliveredCommandDoesNoDoubleWorkAndCompletesOnce() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(8);
    connect("tenant-dup", business, true, null);
    var command =
        Envelope.start(
            Messages.ENABLE_SYSTEM_USER_REQUESTED,
            "tenant-dup",
            "main-platform",
            new EnableSystemUserRequested(
                UUID.randomUUID(),
                ANA,
                simulator().world().pagesOwnedBy(business.id()).subList(10, 15),
                false),
            Clock.systemUTC());

    publisher.publishAndWait(command, Duration.ofSeconds(10));
    publisher.publishAndWait(command, Duration.ofSeconds(10));

    String jobId = command.payload().jobId().toString();
    assertThat(awaitCompleted(jobId).moved()).isEqualTo(5);
    assertThat(completions(jobId)).hasSize(1);
    assertThat(
            kafka()
                .readAll(
                    Topics.ENABLEMENT_PAGE_EVENTS.name(),
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains(jobId),
                    Duration.ofSeconds(2)))
        .hasSize(5);
  }

  @Test
  void aCommandWhoseRecordingFailsOnceIsRetriedAndRunsOnce() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(5);
    connect("tenant-transient-command", business, true, null);
    UUID jobId = UUID.randomUUID();
    doThrow(new IllegalStateException("store hiccup"))
        .doCallRealMethod()
        .when(intake)
        .accept(eq(jobId), anyString(), any(), anyList(), anyBoolean(), any(), any());

    publisher.publishAndWait(
        Envelope.start(
            Messages.ENABLE_SYSTEM_USER_REQUESTED,
            "tenant-transient-command",
            "main-platform",
            new EnableSystemUserRequested(
                jobId, ANA, simulator().world().pagesOwnedBy(business.id()).subList(60, 63), false),
            Clock.systemUTC()),
        Duration.ofSeconds(10));

    assertThat(awaitCompleted(jobId.toString()).moved()).isEqualTo(3);
    assertThat(completions(jobId.toString())).hasSize(1);
    verify(intake, times(2))
        .accept(eq(jobId), anyString(), any(), anyList(), anyBoolean(), any(), any());
  }

  @Test
  void aDryRunReportsWhatWouldHappenAndTouchesNothing() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(10);
    String systemUserId = connect("tenant-dry", business, true, null);
    String eligible = ownedPage(business, 10);
    String noBusiness =
        simulator().world().pagesWithoutBusinessManagedBy(business.adminPersonIds().get(0)).get(0);

    String jobId = startJob("tenant-dry", List.of(eligible, noBusiness), true);

    EnablementJob job = awaitCompleted(jobId);
    assertThat(job.dryRun()).isTrue();
    assertThat(job.moved()).isEqualTo(1);
    assertThat(job.failed()).isEqualTo(1);
    assertThat(jobPages.pagesOf(jobId, PageStatus.WOULD_MOVE, 0, 10))
        .extracting(JobPage::pageId)
        .containsExactly(eligible);
    String adminToken = simulator().issueUserToken(business.adminPersonIds().get(0), ADMIN_SCOPES);
    AccessToken pageToken =
        graph.pages().read(AccessToken.of(adminToken), eligible).accessToken().orElseThrow();
    assertThat(graph.pages().assignedUsers(pageToken, eligible).data())
        .noneMatch(a -> a.userId().equals(systemUserId));
    assertThat(
            kafka()
                .readAll(
                    Topics.ENABLEMENT_PAGE_EVENTS.name(),
                    r -> eligible.equals(r.key()),
                    Duration.ofSeconds(1)))
        .isEmpty();
    assertThat(completions(jobId)).singleElement().satisfies(c -> assertThat(c.dryRun()).isTrue());
  }

  @Test
  void badInputIsAClearProblemAndWritesNothing() throws Exception {
    long before =
        mongo.count(new org.springframework.data.mongodb.core.query.Query(), EnablementJob.class);
    String manager = identity("tenant-bad", Role.MANAGER);

    Response malformed = post("/api/enablement-jobs", manager, "{\"pageIds\":[\"123\",\"abc\"]}");
    Response empty = post("/api/enablement-jobs", manager, "{\"pageIds\":[]}");
    String tooMany =
        java.util.stream.IntStream.rangeClosed(1, 10_001)
            .mapToObj(i -> "\"" + i + "\"")
            .collect(Collectors.joining(","));
    Response oversize = post("/api/enablement-jobs", manager, "{\"pageIds\":[" + tooMany + "]}");
    Response viewer =
        post(
            "/api/enablement-jobs", identity("tenant-bad", Role.VIEWER), "{\"pageIds\":[\"123\"]}");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).isEqualTo("application/problem+json");
    assertThat(malformed.body().path("malformedPageIds").toString()).contains("abc");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(oversize.status()).isEqualTo(400);
    assertThat(oversize.body().path("detail").asString()).contains("10000");
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(
            mongo.count(
                new org.springframework.data.mongodb.core.query.Query(), EnablementJob.class))
        .isEqualTo(before);

    String key = UUID.randomUUID().toString();
    String poison =
        EnvelopeCodec.encodeToString(
                Envelope.start(
                    Messages.ENABLE_SYSTEM_USER_REQUESTED,
                    "tenant-bad",
                    "x",
                    new EnableSystemUserRequested(UUID.fromString(key), ANA, List.of("123"), false),
                    Clock.systemUTC()))
            .replace("\"123\"", "\"12x\"");
    kafka()
        .sendRaw(Topics.ENABLEMENT_COMMANDS.name(), key, poison.getBytes(StandardCharsets.UTF_8));
    var dead =
        kafka()
            .awaitRecords(Topics.ENABLEMENT_COMMANDS.deadLetterTopic(), r -> key.equals(r.key()), 1)
            .get(0);
    assertThat(
            new String(
                dead.headers().lastHeader(DeadLetterReason.HEADER).value(), StandardCharsets.UTF_8))
        .contains("malformed page id: '12x'");
    assertThat(jobs.find(key)).isEmpty();
  }

  @Test
  void anotherTenantCannotSeeAJobOrItsPages() throws Exception {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(11);
    connect("tenant-owner", business, true, null);
    String jobId = startJob("tenant-owner", List.of(ownedPage(business, 10)), true);

    assertThat(
            get("/api/enablement-jobs/" + jobId, identity("tenant-intruder", Role.ADMIN)).status())
        .isEqualTo(404);
    assertThat(
            get("/api/enablement-jobs/" + jobId + "/pages", identity("tenant-intruder", Role.ADMIN))
                .status())
        .isEqualTo(404);
    assertThat(get("/api/enablement-jobs/" + jobId, identity("tenant-owner", Role.VIEWER)).status())
        .isEqualTo(200);
  }

  private long countWithStatus(String jobId, PageStatus status) {
    return jobPages.pagesOf(jobId, status, 0, 1000).size();
  }

  private List<EnablementJobCompleted> completions(String jobId) {
    kafka()
        .awaitRecords(
            Topics.ENABLEMENT_JOB_EVENTS.name(),
            r -> jobId.equals(r.key()) && isCompletion(r.value()),
            1);
    return kafka()
        .readAll(
            Topics.ENABLEMENT_JOB_EVENTS.name(),
            r -> jobId.equals(r.key()) && isCompletion(r.value()),
            Duration.ofSeconds(2))
        .stream()
        .map(r -> (EnablementJobCompleted) EnvelopeCodec.decode(r.value()).payload())
        .toList();
  }

  private static boolean isCompletion(byte[] value) {
    return new String(value, StandardCharsets.UTF_8).contains("\"EnablementJobCompleted\"");
  }

  private static String ownedPage(DemoWorld.ClientBusiness business, int index) {
    return simulator().world().pagesOwnedBy(business.id()).get(index + 10);
  }
}
