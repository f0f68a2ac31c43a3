package io.mooring.notification.report;

import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.Role;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Job reports as .xlsx: for the tenant's logged-in users, and through the signed, expiring link an
 * email carries (which needs no login, so the signature is the only credential).
 */
@RestController
class ReportController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final JobReports reports;
  private final ReportLinks links;

  ReportController(JobReports reports, ReportLinks links) {
    this.reports = reports;
    this.links = links;
  }

  @GetMapping(ReportPaths.JOB_REPORT)
  ResponseEntity<StreamingResponseBody> download(Caller caller, @PathVariable UUID jobId) {
    if (!caller.can(Role.VIEWER)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not read reports.");
      problem.setTitle("Forbidden");
      throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
    return xlsx(jobId, reports.reportOf(jobId, caller.tenantId()));
  }

  @GetMapping(ReportLinks.PATH)
  ResponseEntity<StreamingResponseBody> downloadBySignedLink(
      @PathVariable UUID jobId,
      @RequestParam String tenant,
      @RequestParam long expires,
      @RequestParam String signature) {
    links.verify(jobId, tenant, expires, signature);
    return xlsx(jobId, reports.reportOf(jobId, tenant));
  }

  private static ResponseEntity<StreamingResponseBody> xlsx(
      UUID jobId, StreamingResponseBody body) {
    ContentDisposition attachment =
        ContentDisposition.attachment().filename("mooring-job-" + jobId + ".xlsx").build();
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
