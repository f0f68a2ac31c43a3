package io.mooring.gateway.problems;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.RestClientException;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's errors (unknown path, wrong method, unreadable body…) and failures to reach a
 * service, as problems with the trace id. Problems a service returns pass through unchanged.
 */
@RestControllerAdvice
class GatewayExceptionHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);
  private final GatewayProblems problems;

  GatewayExceptionHandler(GatewayProblems problems) {
    this.problems = problems;
  }

  /** The service behind the route did not answer (down, refused, timed out). */
  @ExceptionHandler(RestClientException.class)
  ResponseEntity<ProblemDetail> serviceUnavailable(RestClientException e, HttpServletRequest r) {
    // The cause's type only: its message holds the downstream URL with the query string.
    log.warn(
        "A downstream service did not answer {} {}: {}",
        r.getMethod(),
        r.getRequestURI(),
        NestedExceptionUtils.getMostSpecificCause(e).getClass().getSimpleName());
    ProblemDetail problem =
        GatewayProblems.problem(
            HttpStatus.BAD_GATEWAY,
            "service-unavailable",
            "Service unavailable",
            "The service behind this path did not answer; try again shortly.");
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problems.stamp(problem, r));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
    ProblemDetail problem =
        GatewayProblems.problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "The gateway failed to handle this request; quote the trace id when reporting it.");
    return ResponseEntity.internalServerError().body(problems.stamp(problem, request));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && request instanceof NativeWebRequest nativeRequest
        && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
      problems.stamp(problem, servletRequest);
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }
}
