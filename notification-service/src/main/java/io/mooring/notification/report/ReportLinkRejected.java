package io.mooring.notification.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A signed report link that was altered (403) or has expired (410). */
public class ReportLinkRejected extends ErrorResponseException {

  private ReportLinkRejected(HttpStatus status, String title, String detail) {
    super(status, problem(status, title, detail), null);
  }

  static ReportLinkRejected tampered() {
    return new ReportLinkRejected(
        HttpStatus.FORBIDDEN,
        "Invalid report link",
        "This report link is not valid. Open the report from Mooring instead.");
  }

  static ReportLinkRejected expired() {
    return new ReportLinkRejected(
        HttpStatus.GONE,
        "Report link expired",
        "This report link has expired. Open the report from Mooring instead.");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
