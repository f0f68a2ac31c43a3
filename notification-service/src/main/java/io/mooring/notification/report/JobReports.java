package io.mooring.notification.report;

import io.mooring.notification.jobs.JobPages;
import io.mooring.notification.jobs.JobRecord;
import io.mooring.notification.jobs.JobStore;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Finds a tenant's job and streams its report from the page projection. */
@Service
public class JobReports {
  private final JobStore jobs;
  private final JobPages pages;
  private final JobReportWriter writer = new JobReportWriter();

  public JobReports(JobStore jobs, JobPages pages) {
    this.jobs = jobs;
    this.pages = pages;
  }

  /** The report of the tenant's job; another tenant's job is as absent as a missing one. */
  public StreamingResponseBody reportOf(UUID jobId, String tenantId) {
    JobRecord job = jobs.find(jobId, tenantId).orElseThrow(() -> notFound(jobId));
    return out -> writer.write(job, outcome -> pages.stream(jobId, tenantId, outcome), out);
  }

  private static ErrorResponseException notFound(UUID jobId) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "There is no finished job " + jobId + " with a report for you.");
    problem.setTitle("Report not found");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }
}
