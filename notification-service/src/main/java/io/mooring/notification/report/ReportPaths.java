package io.mooring.notification.report;

import java.util.UUID;

/** Where a job's report is downloaded by a logged-in person (behind the gateway). */
public final class ReportPaths {
  static final String JOB_REPORT = "/reports/jobs/{jobId}.xlsx";

  private ReportPaths() {}

  public static String forJob(UUID jobId) {
    return JOB_REPORT.replace("{jobId}", jobId.toString());
  }
}
