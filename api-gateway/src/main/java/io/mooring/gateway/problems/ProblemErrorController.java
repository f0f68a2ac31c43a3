package io.mooring.gateway.problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The error page as a problem: what fails outside Spring MVC (a filter, the servlet container)
 * still answers {@code application/problem+json} with the trace id, never an HTML or bare JSON
 * page.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {
  private final ErrorAttributes errorAttributes;
  private final GatewayProblems problems;

  ProblemErrorController(ErrorAttributes errorAttributes, GatewayProblems problems) {
    this.errorAttributes = errorAttributes;
    this.problems = problems;
  }

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Throwable error = errorAttributes.getError(new ServletWebRequest(request));
    ProblemDetail problem;
    if (error instanceof ErrorResponse response) {
      problem = response.getBody();
    } else {
      HttpStatus status = status(request);
      String slug = status.is5xxServerError() ? "internal-error" : "request-rejected";
      problem =
          GatewayProblems.problem(
              status, slug, status.getReasonPhrase(), "The gateway could not handle this request.");
    }
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path != null) {
      problem.setInstance(java.net.URI.create(path.toString()));
    }
    return ResponseEntity.status(problem.getStatus()).body(problems.stamp(problem, request));
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value
            ? HttpStatus.resolve(value)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
