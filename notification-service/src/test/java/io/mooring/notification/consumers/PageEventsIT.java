package io.mooring.notification.consumers;

import static io.mooring.notification.testing.TestEvents.again;
import static io.mooring.notification.testing.TestEvents.envelope;
import static io.mooring.notification.testing.TestEvents.failedPage;
import static io.mooring.notification.testing.TestEvents.movedPage;
import static io.mooring.notification.testing.TestEvents.pageId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.schema.Fixtures;
import io.mooring.contracts.topics.Topics;
import io.mooring.notification.jobs.JobPage;
import io.mooring.notification.jobs.JobPages;
import io.mooring.notification.jobs.PageOutcome;
import io.mooring.notification.testing.NotificationServiceIntegration;
import io.mooring.notification.testing.TestEvents;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** Page events build each job's report rows: happy, duplicate (and late), poison, transient. */
class PageEventsIT extends NotificationServiceIntegration {
  @MockitoSpyBean JobPages pages;

  @Test
  void theCommittedFixtureBecomesAReportRow() {
    String fixture = Fixtures.envelopeJson("PageEnablementFailed");
    var expected = (PageEnablementFailed) EnvelopeCodec.decode(fixture).payload();

    sendRaw(Topics.ENABLEMENT_PAGE_EVENTS.name(), expected.pageId(), fixture);

    JobPage row = awaitRow(expected.jobId(), expected.pageId());
    assertThat(row.tenantId()).isEqualTo("acme");
    assertThat(row.outcome()).isEqualTo(PageOutcome.FAILED);
    assertThat(row.pageName()).isEqualTo(expected.pageName());
    assertThat(row.businessManagerName()).isEqualTo(expected.businessManagerName());
    assertThat(row.reason()).isEqualTo(expected.reason());
    assertThat(row.nextStep()).isEqualTo(expected.nextStep());
    assertThat(row.attempts()).isEqualTo(expected.attempts());
    assertThat(row.lastErrorAt()).isEqualTo(expected.lastErrorAt());
  }

  @Test
  void aDuplicateOrAnOlderEventDoesNotChangeTheRow() {
    UUID jobId = UUID.randomUUID();
    String page = pageId(5);
    Instant now = Instant.parse("2026-12-04T12:00:00Z");
    var newer = envelope(tenant, movedPage(jobId, page), now);
    var older =
        envelope(tenant, failedPage(jobId, page, ReasonCode.PAGE_NOT_FOUND), now.minusSeconds(60));
    publish(newer);
    assertThat(awaitRow(jobId, page).outcome()).isEqualTo(PageOutcome.MOVED);
    double staleBefore = counter("mooring.notifications.page-events", "outcome", "stale");

    publish(again(newer));
    publish(older);

    awaitCounter(staleBefore, 2, "mooring.notifications.page-events", "outcome", "stale");
    JobPage row = mongo.findById(JobPage.idOf(jobId.toString(), page), JobPage.class);
    assertThat(row.outcome()).isEqualTo(PageOutcome.MOVED);
    assertThat(row.eventId()).isEqualTo(newer.eventId().toString());
    assertThat(pages.count(jobId, tenant)).isEqualTo(1);
  }

  @Test
  void aNewerEventReplacesTheRow() {
    UUID jobId = UUID.randomUUID();
    String page = pageId(6);
    Instant now = Instant.parse("2026-12-04T12:00:00Z");
    publish(envelope(tenant, failedPage(jobId, page, ReasonCode.META_UNAVAILABLE), now));
    assertThat(awaitRow(jobId, page).outcome()).isEqualTo(PageOutcome.FAILED);

    publish(envelope(tenant, movedPage(jobId, page), now.plusSeconds(5)));

    await().atMost(PATIENCE).until(() -> awaitRow(jobId, page).outcome() == PageOutcome.MOVED);
    JobPage row = awaitRow(jobId, page);
    assertThat(row.reason()).isNull();
    assertThat(row.systemUserId()).isEqualTo("9000000000000001");
  }

  @Test
  void unreadableAndMisplacedRecordsGoToTheDeadLetterTopicWithTheReason() {
    String topic = Topics.ENABLEMENT_PAGE_EVENTS.name();
    String malformedKey = "poison-" + UUID.randomUUID();
    String misplacedKey = "misplaced-" + UUID.randomUUID();
    var misplaced =
        envelope(tenant, TestEvents.provisioned("1000000000000005", TestEvents.person("x")));

    sendRaw(topic, malformedKey, "{\"type\":\"PageMovedToSystemUser\",\"version\":1}");
    sendRaw(topic, misplacedKey, EnvelopeCodec.encodeToString(misplaced));

    assertThat(deadLetterReason(Topics.ENABLEMENT_PAGE_EVENTS, malformedKey))
        .contains("no payload");
    assertThat(deadLetterReason(Topics.ENABLEMENT_PAGE_EVENTS, misplacedKey))
        .contains("SystemUserProvisioned does not belong on " + topic);
  }

  @Test
  void aStoreHiccupIsRetriedAndTheRowWrittenOnce() {
    UUID jobId = UUID.randomUUID();
    String page = pageId(7);
    doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doCallRealMethod()
        .when(pages)
        .apply(any(), argThat((PageEnablementFailed failed) -> failed.jobId().equals(jobId)));

    publish(envelope(tenant, failedPage(jobId, page, ReasonCode.THROTTLED_TOO_LONG)));

    assertThat(awaitRow(jobId, page).reason()).isEqualTo(ReasonCode.THROTTLED_TOO_LONG);
    verify(pages, atLeast(3))
        .apply(any(), argThat((PageEnablementFailed failed) -> failed.jobId().equals(jobId)));
    assertThat(pages.count(jobId, tenant)).isEqualTo(1);
  }

  private JobPage awaitRow(UUID jobId, String pageId) {
    String id = JobPage.idOf(jobId.toString(), pageId);
    await().atMost(PATIENCE).until(() -> mongo.findById(id, JobPage.class) != null);
    return mongo.findById(id, JobPage.class);
  }
}
