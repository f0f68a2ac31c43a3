package io.mooring.notification.consumers;

import static io.mooring.notification.testing.TestEvents.again;
import static io.mooring.notification.testing.TestEvents.completed;
import static io.mooring.notification.testing.TestEvents.connectionFailed;
import static io.mooring.notification.testing.TestEvents.envelope;
import static io.mooring.notification.testing.TestEvents.failedPage;
import static io.mooring.notification.testing.TestEvents.movedPage;
import static io.mooring.notification.testing.TestEvents.pageId;
import static io.mooring.notification.testing.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.topics.Topics;
import io.mooring.notification.email.EmailState;
import io.mooring.notification.enablement.JobNotices;
import io.mooring.notification.inapp.Notification;
import io.mooring.notification.jobs.JobPages;
import io.mooring.notification.jobs.JobStore;
import io.mooring.notification.notices.NoticeKind;
import io.mooring.notification.notices.Recipient;
import io.mooring.notification.notices.Severity;
import io.mooring.notification.testing.MailParts;
import io.mooring.notification.testing.NotificationServiceIntegration;
import io.mooring.notification.testing.ReportRows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** Job events on the real broker: happy (bulk and single page), duplicate, poison, transient. */
class JobEventsIT extends NotificationServiceIntegration {
  private static final Pattern REPORT_LINK =
      Pattern.compile("http://mooring\\.test(/report-links/jobs/[^\\s\"<]+)");

  @MockitoSpyBean JobStore jobs;
  @Autowired JobPages pages;

  @Test
  void aBulkJobGivesOneNotificationOneEmailAndAReportOfItsFailures() throws Exception {
    UUID jobId = UUID.randomUUID();
    RequestedBy ana = person("ana-" + jobId.toString().substring(0, 6));
    List<PageEnablementFailed> failures = new ArrayList<>();
    ReasonCode[] reasons = {
      ReasonCode.PERMISSION_DENIED,
      ReasonCode.PERMISSION_DENIED,
      ReasonCode.PERMISSION_DENIED,
      ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED,
      ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED,
      ReasonCode.PAGE_NOT_FOUND
    };
    for (int i = 0; i < reasons.length; i++) {
      failures.add(failedPage(jobId, pageId(i), reasons[i]));
    }
    failures.forEach(failed -> publish(envelope(tenant, failed)));
    for (int i = 10; i < 14; i++) {
      publish(envelope(tenant, movedPage(jobId, pageId(i))));
    }
    await().atMost(PATIENCE).until(() -> pages.count(jobId, tenant) == 10);

    publish(envelope(tenant, completed(jobId, ana, failures, 4, false)));

    Notification notification = awaitNotifications(tenant, ana.userId(), 1).get(0);
    assertThat(notification.text())
        .isEqualTo("4 of 10 pages moved to System User; 6 failed (3 reasons). Download report.");
    assertThat(notification.kind()).isEqualTo(NoticeKind.ENABLEMENT_JOB_COMPLETED);
    assertThat(notification.severity()).isEqualTo(Severity.WARNING);
    assertThat(notification.actionPath()).isEqualTo("/reports/jobs/" + jobId + ".xlsx");

    await().atMost(PATIENCE).until(() -> SMTP.receivedBy(ana.email()).size() == 1);
    MailParts mail = MailParts.of(SMTP.receivedBy(ana.email()).get(0));
    assertThat(mail.subject())
        .isEqualTo("4 of 10 pages moved to System User; 6 failed (3 reasons)");
    assertThat(mail.contentTypes()).contains("multipart/alternative", "text/plain", "text/html");
    assertThat(mail.text())
        .contains("Pages in the job: 10", "Moved to System User: 4", "Failed: 6")
        .contains("3 × " + ReasonCode.PERMISSION_DENIED.text())
        .contains(ReasonCode.PERMISSION_DENIED.nextStep("Outlet Holdings"))
        .contains("2 × " + ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED.text())
        .contains(ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED.nextStep("Outlet Holdings"))
        .contains("1 × " + ReasonCode.PAGE_NOT_FOUND.text());
    assertThat(mail.html()).contains("Download the report (Excel)");
    Matcher link = REPORT_LINK.matcher(mail.text());
    assertThat(link.find()).as("report link in %s", mail.text()).isTrue();

    var bySignedLink = http.getBytes(link.group(1), null);
    assertThat(bySignedLink.statusCode()).isEqualTo(200);
    assertThat(bySignedLink.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ReportRows report = ReportRows.of(bySignedLink.body());
    List<List<String>> expectedFailureRows =
        failures.stream()
            .sorted(Comparator.comparing(PageEnablementFailed::pageId))
            .map(
                f ->
                    List.of(
                        f.pageId(),
                        f.pageName(),
                        f.businessManagerName() + " (" + f.businessManagerId() + ")",
                        f.reason().name(),
                        f.reason().text(),
                        f.nextStep(),
                        String.valueOf(f.attempts()),
                        "2026-12-04 10:00:30"))
            .toList();
    List<List<String>> failureRows = report.rows("Failures");
    assertThat(failureRows.subList(1, failureRows.size())).isEqualTo(expectedFailureRows);
    assertThat(report.rows("Moved")).hasSize(1 + 4);
    assertThat(report.summaryValue("Summary", "Requested by"))
        .isEqualTo(ana.displayName() + " <" + ana.email() + ">");
    assertThat(report.summaryValue("Summary", "Failed")).isEqualTo("6");
    assertThat(report.summaryValue("Summary", "PERMISSION_DENIED"))
        .isEqualTo(ReasonCode.PERMISSION_DENIED.text());

    var byLogin = http.getBytes("/reports/jobs/" + jobId + ".xlsx", caller(ana.userId()));
    assertThat(byLogin.statusCode()).isEqualTo(200);
    assertThat(ReportRows.of(byLogin.body()).rows("Failures")).isEqualTo(failureRows);
  }

  @Test
  void aSinglePageJobIsToldInAppOnly() {
    UUID jobId = UUID.randomUUID();
    RequestedBy bob = person("bob-" + jobId.toString().substring(0, 6));
    var failure = failedPage(jobId, pageId(1), ReasonCode.APP_PLATFORM_DISABLED);
    double before = createdCount();

    publish(envelope(tenant, completed(jobId, bob, List.of(failure), 0, false)));

    awaitCounter(
        before, 1, "mooring.notifications.created", "kind", JOB_KIND, "outcome", "created");
    Notification notification = notificationsOf(tenant, bob.userId()).get(0);
    assertThat(notification.text())
        .startsWith("Page " + pageId(1) + " could not be moved to System User: ")
        .contains(ReasonCode.APP_PLATFORM_DISABLED.nextStep(null));
    assertThat(outboxEmail(dedupeKey(jobId, bob))).isEmpty();
    await()
        .during(Duration.ofMillis(800))
        .atMost(PATIENCE)
        .until(() -> SMTP.receivedBy(bob.email()).isEmpty());
  }

  @Test
  void aRedeliveredOrRepublishedCompletionStillGivesOneNotificationAndOneEmail() {
    UUID jobId = UUID.randomUUID();
    RequestedBy cy = person("cy-" + jobId.toString().substring(0, 6));
    var failures = List.of(failedPage(jobId, pageId(1), ReasonCode.PAGE_NOT_FOUND));
    Envelope<EnablementJobCompleted> first =
        envelope(tenant, completed(jobId, cy, failures, 2, false));
    publish(first);
    awaitNotifications(tenant, cy.userId(), 1);
    await().atMost(PATIENCE).until(() -> SMTP.receivedBy(cy.email()).size() == 1);
    double duplicatesBefore = duplicateCount();

    publish(again(first));
    publish(envelope(tenant, completed(jobId, cy, failures, 2, false)));

    awaitCounter(
        duplicatesBefore,
        2,
        "mooring.notifications.created",
        "kind",
        JOB_KIND,
        "outcome",
        "duplicate");
    assertThat(notificationsOf(tenant, cy.userId())).hasSize(1);
    assertThat(outboxEmail(dedupeKey(jobId, cy)))
        .hasValueSatisfying(email -> assertThat(email.state()).isEqualTo(EmailState.SENT));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(PATIENCE)
        .until(() -> SMTP.receivedBy(cy.email()).size() == 1);
  }

  @Test
  void unreadableAndMisplacedRecordsGoToTheDeadLetterTopicWithTheReason() {
    String topic = Topics.ENABLEMENT_JOB_EVENTS.name();
    String malformedKey = "poison-" + UUID.randomUUID();
    var misplaced = envelope(tenant, connectionFailed("1000000000000005", person("x")));
    String misplacedKey = "misplaced-" + UUID.randomUUID();

    sendRaw(topic, malformedKey, "{not json");
    sendRaw(topic, misplacedKey, EnvelopeCodec.encodeToString(misplaced));

    assertThat(deadLetterReason(Topics.ENABLEMENT_JOB_EVENTS, malformedKey))
        .startsWith("not valid JSON");
    assertThat(deadLetterReason(Topics.ENABLEMENT_JOB_EVENTS, misplacedKey))
        .contains("BusinessManagerConnectionFailed does not belong on " + topic);
  }

  @Test
  void aJobThatAlreadyCompletedForAnotherTenantIsDeadLettered() {
    UUID jobId = UUID.randomUUID();
    RequestedBy eve = person("eve-" + jobId.toString().substring(0, 6));
    publish(envelope(tenant, completed(jobId, eve, List.of(), 2, false)));
    awaitNotifications(tenant, eve.userId(), 1);

    publish(envelope("intruder-" + tenant, completed(jobId, eve, List.of(), 2, false)));

    assertThat(deadLetterReason(Topics.ENABLEMENT_JOB_EVENTS, jobId.toString()))
        .isEqualTo("job " + jobId + " already completed for another tenant");
    assertThat(notificationsOf("intruder-" + tenant, eve.userId())).isEmpty();
  }

  @Test
  void aStoreHiccupIsRetriedAndStillNotifiesOnce() {
    UUID jobId = UUID.randomUUID();
    RequestedBy dee = person("dee-" + jobId.toString().substring(0, 6));
    Mockito.doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doCallRealMethod()
        .when(jobs)
        .recordCompletion(any(), argThat(job -> job != null && job.jobId().equals(jobId)));

    publish(envelope(tenant, completed(jobId, dee, List.of(), 3, false)));

    awaitNotifications(tenant, dee.userId(), 1);
    await().atMost(PATIENCE).until(() -> SMTP.receivedBy(dee.email()).size() == 1);
    verify(jobs, atLeast(3))
        .recordCompletion(any(), argThat(job -> job != null && job.jobId().equals(jobId)));
    assertThat(notificationsOf(tenant, dee.userId())).hasSize(1);
  }

  private static final String JOB_KIND = NoticeKind.ENABLEMENT_JOB_COMPLETED.name();

  private double createdCount() {
    return counter("mooring.notifications.created", "kind", JOB_KIND, "outcome", "created");
  }

  private double duplicateCount() {
    return counter("mooring.notifications.created", "kind", JOB_KIND, "outcome", "duplicate");
  }

  private String dedupeKey(UUID jobId, RequestedBy person) {
    EnablementJobCompleted anyCompletion = completed(jobId, person, List.of(), 2, false);
    return JobNotices.occurrenceOf(envelope(tenant, anyCompletion), anyCompletion)
        .dedupeKeyFor(Recipient.of(person));
  }
}
