package io.mooring.notification.enablement;

import static io.mooring.notification.testing.TestEvents.completed;
import static io.mooring.notification.testing.TestEvents.failedPage;
import static io.mooring.notification.testing.TestEvents.pageId;
import static io.mooring.notification.testing.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.notification.notices.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobOutcomeTest {
  private final UUID jobId = UUID.randomUUID();

  @Test
  void aPartlyFailedBulkJobSaysCountsAndReasons() {
    List<PageEnablementFailed> failures = new ArrayList<>();
    for (int i = 0; i < 88; i++) {
      ReasonCode reason =
          i < 50
              ? ReasonCode.PERMISSION_DENIED
              : i < 80 ? ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED : ReasonCode.PAGE_NOT_FOUND;
      failures.add(failedPage(jobId, pageId(i), reason));
    }
    var outcome = new JobOutcome(completed(jobId, person("ana"), failures, 412, false));

    assertThat(outcome.inAppText())
        .isEqualTo(
            "412 of 500 pages moved to System User; 88 failed (3 reasons). Download report.");
    assertThat(outcome.subject())
        .isEqualTo("412 of 500 pages moved to System User; 88 failed (3 reasons)");
    assertThat(outcome.severity()).isEqualTo(Severity.WARNING);
    assertThat(outcome.bulk()).isTrue();
    assertThat(outcome.topReasons(2))
        .extracting(FailuresByReason::reason)
        .containsExactly(ReasonCode.PERMISSION_DENIED, ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED);
  }

  @Test
  void aFullySuccessfulBulkJobSaysAll() {
    var outcome = new JobOutcome(completed(jobId, person("ana"), List.of(), 20, false));

    assertThat(outcome.inAppText())
        .isEqualTo("All 20 pages moved to System User. Download report.");
    assertThat(outcome.severity()).isEqualTo(Severity.SUCCESS);
  }

  @Test
  void oneReasonIsSingular() {
    var failures = List.of(failedPage(jobId, pageId(1), ReasonCode.PAGE_NOT_FOUND));
    var outcome = new JobOutcome(completed(jobId, person("ana"), failures, 1, false));

    assertThat(outcome.headline()).endsWith("1 failed (1 reason).");
  }

  @Test
  void aDryRunSaysWhatWouldHappen() {
    var failures = List.of(failedPage(jobId, pageId(1), ReasonCode.PAGE_NOT_FOUND));
    var outcome = new JobOutcome(completed(jobId, person("ana"), failures, 3, true));

    assertThat(outcome.headline())
        .isEqualTo("Dry run: 3 of 4 pages would move to System User; 1 would fail (1 reason).");
    assertThat(outcome.title()).isEqualTo("Dry run finished");
  }

  @Test
  void aSinglePageFailureNamesThePageTheReasonAndTheNextStep() {
    var failures = List.of(failedPage(jobId, pageId(7), ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED));
    var outcome = new JobOutcome(completed(jobId, person("ana"), failures, 0, false));

    assertThat(outcome.bulk()).isFalse();
    assertThat(outcome.severity()).isEqualTo(Severity.ERROR);
    assertThat(outcome.inAppText())
        .isEqualTo(
            "Page "
                + pageId(7)
                + " could not be moved to System User: "
                + ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED.text()
                + " Add Business Manager \"Outlet Holdings\" to Mooring, then retry.");
  }

  @Test
  void aSinglePageSuccessIsShort() {
    var outcome = new JobOutcome(completed(jobId, person("ana"), List.of(), 1, false));

    assertThat(outcome.inAppText()).isEqualTo("Your page moved to System User.");
    assertThat(outcome.title()).isEqualTo("Page moved to System User");
  }
}
