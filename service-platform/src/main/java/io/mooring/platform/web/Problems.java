package io.mooring.platform.web;

import io.mooring.contracts.common.ReasonCode;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problems with Mooring's conventions: a type URI per kind of problem and, where a person
 * can act, the reason code and the next step.
 */
public final class Problems {
  public static final String TYPE_BASE = "https://mooring.io/problems/";

  private Problems() {}

  public static ErrorResponseException of(
      HttpStatus status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + slug));
    problem.setTitle(title);
    return new ErrorResponseException(status, problem, null);
  }

  /** A problem a person can fix, saying why and what to do next. */
  public static ErrorResponseException of(
      HttpStatus status, ReasonCode reason, String businessManagerName, String detail) {
    ErrorResponseException exception =
        of(status, reason.name().toLowerCase().replace('_', '-'), reason.text(), detail);
    exception.getBody().setProperty("reason", reason.name());
    exception.getBody().setProperty("nextStep", reason.nextStep(businessManagerName));
    return exception;
  }

  public static ErrorResponseException notFound(String what) {
    return of(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found");
  }
}
