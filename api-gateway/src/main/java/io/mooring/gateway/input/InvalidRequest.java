package io.mooring.gateway.input;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request the gateway refuses before any service sees it, with the problem to answer. */
class InvalidRequest extends Exception {
  private final transient ProblemDetail problem;

  InvalidRequest(ProblemDetail problem) {
    super(problem.getDetail(), null, false, false);
    this.problem = problem;
  }

  static InvalidRequest of(HttpStatus status, String slug, String title, String detail) {
    return new InvalidRequest(
        io.mooring.gateway.problems.GatewayProblems.problem(status, slug, title, detail));
  }

  ProblemDetail problem() {
    return problem;
  }
}
