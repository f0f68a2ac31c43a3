package io.mooring.notification.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.notification.jobs.JobPage;
import io.mooring.notification.jobs.JobRecord;
import io.mooring.notification.jobs.PageOutcome;
import io.mooring.notification.jobs.ReasonCount;
import io.mooring.notification.testing.ReportRows;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobReportWriterTest {
  private static final Instant STARTED = Instant.parse("2026-12-04T10:15:00Z");

  private final JobRecord job =
      new JobRecord(
          "3d9f8e7c-1b2a-4c3d-8e9f-a0b1c2d3e4f5",
          "acme",
          new JobRecord.Requester("user-42", "ana@acme.example", "Ana Admin"),
          false,
          3,
          1,
          2,
          List.of(
              new ReasonCount(
                  ReasonCode.PAGE_NOT_FOUND, "Not found.", "Check the id.", 2, List.of("200"))),
          STARTED,
          STARTED.plusSeconds(30),
          "event-1");

  private final List<JobPage> failed =
      List.of(failed("2000000000000001", "Acme Outlet"), failed("2000000000000002", "Acme Café"));
  private final List<JobPage> moved =
      List.of(
          new JobPage(
              "j:3",
              "acme",
              job.jobId(),
              "2000000000000003",
              "Acme Main",
              "1000000000000001",
              "Acme Corp",
              PageOutcome.MOVED,
              null,
              null,
              null,
              null,
              0,
              null,
              "9000000000000001",
              STARTED,
              "e3"));

  @Test
  void writesSummaryFailuresAndMovedPages() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<PageOutcome, List<JobPage>> byOutcome =
        Map.of(PageOutcome.FAILED, failed, PageOutcome.MOVED, moved);

    var written = new JobReportWriter().write(job, outcome -> byOutcome.get(outcome).stream(), out);

    assertThat(written).isEqualTo(new JobReportWriter.Written(2, 1));
    ReportRows report = ReportRows.of(out.toByteArray());
    assertThat(report.sheetNames()).containsExactly("Summary", "Failures", "Moved");
    assertThat(report.summaryValue("Summary", "Job")).isEqualTo(job.jobId());
    assertThat(report.summaryValue("Summary", "Requested by"))
        .isEqualTo("Ana Admin <ana@acme.example>");
    assertThat(report.summaryValue("Summary", "Started (UTC)")).isEqualTo("2026-12-04 10:15:00");
    assertThat(report.summaryValue("Summary", "Failed")).isEqualTo("2");
    assertThat(report.summaryValue("Summary", "PAGE_NOT_FOUND")).isEqualTo("Not found.");
    assertThat(report.rows("Failures"))
        .containsExactly(
            JobReportWriter.FAILURE_COLUMNS,
            List.of(
                "2000000000000001",
                "Acme Outlet",
                "Outlet Holdings (1000000000000009)",
                "PAGE_NOT_FOUND",
                ReasonCode.PAGE_NOT_FOUND.text(),
                ReasonCode.PAGE_NOT_FOUND.nextStep(null),
                "2",
                "2026-12-04 10:16:00"),
            List.of(
                "2000000000000002",
                "Acme Café",
                "Outlet Holdings (1000000000000009)",
                "PAGE_NOT_FOUND",
                ReasonCode.PAGE_NOT_FOUND.text(),
                ReasonCode.PAGE_NOT_FOUND.nextStep(null),
                "2",
                "2026-12-04 10:16:00"));
    assertThat(report.rows("Moved"))
        .containsExactly(
            JobReportWriter.MOVED_COLUMNS,
            List.of(
                "2000000000000003",
                "Acme Main",
                "Acme Corp (1000000000000001)",
                "9000000000000001"));
  }

  @Test
  void anEmptyJobStillHasItsSheetsAndHeaders() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new JobReportWriter().write(job, outcome -> java.util.stream.Stream.empty(), out);

    ReportRows report = ReportRows.of(out.toByteArray());
    assertThat(report.rows("Failures")).containsExactly(JobReportWriter.FAILURE_COLUMNS);
    assertThat(report.summaryValue("Summary", "Failed pages listed")).isEqualTo("0");
  }

  private JobPage failed(String pageId, String name) {
    return new JobPage(
        job.jobId() + ":" + pageId,
        "acme",
        job.jobId(),
        pageId,
        name,
        "1000000000000009",
        "Outlet Holdings",
        PageOutcome.FAILED,
        ReasonCode.PAGE_NOT_FOUND,
        ReasonCode.PAGE_NOT_FOUND.text(),
        ReasonCode.PAGE_NOT_FOUND.nextStep(null),
        "404",
        2,
        STARTED.plusSeconds(60),
        null,
        STARTED,
        "e-" + pageId);
  }
}
