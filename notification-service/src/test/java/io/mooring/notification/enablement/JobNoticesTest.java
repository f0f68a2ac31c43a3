package io.mooring.notification.enablement;

import static io.mooring.notification.testing.TestEvents.T0;
import static io.mooring.notification.testing.TestEvents.completed;
import static io.mooring.notification.testing.TestEvents.envelope;
import static io.mooring.notification.testing.TestEvents.failedPage;
import static io.mooring.notification.testing.TestEvents.pageId;
import static io.mooring.notification.testing.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.notification.email.EmailTemplates;
import io.mooring.notification.notices.Notice;
import io.mooring.notification.notices.NoticeKind;
import io.mooring.notification.report.ReportLinks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class JobNoticesTest {
  private final JobNotices notices =
      new JobNotices(
          new EmailTemplates(),
          new ReportLinks(
              "0123456789abcdef0123456789abcdef".getBytes(),
              URI.create("https://mooring.example"),
              Duration.ofDays(7),
              Clock.systemUTC()));
  private final UUID jobId = UUID.randomUUID();

  @Test
  void aBulkJobGetsAnEmailWithCountsTopReasonsNextStepsAndTheSignedLink() {
    List<PageEnablementFailed> failures = new ArrayList<>();
    ReasonCode[] reasons = {
      ReasonCode.PERMISSION_DENIED,
      ReasonCode.PAGE_NOT_FOUND,
      ReasonCode.APP_PLATFORM_DISABLED,
      ReasonCode.META_UNAVAILABLE
    };
    for (int i = 0; i < 10; i++) {
      failures.add(failedPage(jobId, pageId(i), reasons[Math.min(i / 3, 3)]));
    }
    var job = completed(jobId, person("ana"), failures, 15, false);

    Notice notice = notices.forRequester(envelope("acme", job), job);

    assertThat(notice.kind()).isEqualTo(NoticeKind.ENABLEMENT_JOB_COMPLETED);
    assertThat(notice.actionPath()).isEqualTo("/reports/jobs/" + jobId + ".xlsx");
    assertThat(notice.wantsEmail()).isTrue();
    var email = notice.email();
    assertThat(email.subject())
        .isEqualTo("15 of 25 pages moved to System User; 10 failed (4 reasons)");
    String link = "https://mooring.example/report-links/jobs/" + jobId + ".xlsx?tenant=acme";
    assertThat(email.text()).contains("Hello User ana", "Pages in the job: 25", link + "&expires=");
    assertThat(email.html()).contains("Hello <span>User ana</span>", link + "&amp;expires=");
    for (FailuresByReason top : new JobOutcome(job).topReasons(3)) {
      assertThat(email.text()).contains(top.reason().name(), top.reasonText(), top.nextStep());
      assertThat(email.html())
          .contains(
              top.reason().name(),
              HtmlUtils.htmlEscape(top.reasonText()),
              HtmlUtils.htmlEscape(top.nextStep()));
    }
    assertThat(email.text()).contains("...and 1 more in the report.");
    assertThat(email.html()).contains("<span>1</span> more in the report.");
  }

  @Test
  void theHtmlEscapesWhatCameFromOutside() {
    var hostile =
        new FailuresByReason(
            ReasonCode.PERMISSION_DENIED,
            ReasonCode.PERMISSION_DENIED.text(),
            ReasonCode.PERMISSION_DENIED.nextStep("<script>alert(1)</script>"),
            1,
            List.of(pageId(1)));
    var job =
        new EnablementJobCompleted(
            jobId, person("ana"), false, 2, 1, 1, List.of(hostile), T0, T0.plusSeconds(5));

    var email = notices.forRequester(envelope("acme", job), job).email();

    assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)");
    assertThat(email.text()).contains("<script>alert(1)</script>");
  }

  @Test
  void aSinglePageJobIsInAppOnly() {
    var job = completed(jobId, person("ana"), List.of(), 1, false);

    Notice notice = notices.forRequester(envelope("acme", job), job);

    assertThat(notice.wantsEmail()).isFalse();
    assertThat(notice.text()).isEqualTo("Your page moved to System User.");
  }
}
