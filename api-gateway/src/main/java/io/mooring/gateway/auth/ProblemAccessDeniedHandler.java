package io.mooring.gateway.auth;

import io.mooring.gateway.problems.GatewayProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as a problem: the caller is known, but their role does not allow this request. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {
  private final BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
  private final GatewayProblems problems;

  ProblemAccessDeniedHandler(GatewayProblems problems) {
    this.problems = problems;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    challenge.handle(request, response, e);
    problems.write(
        request,
        response,
        GatewayProblems.problem(
            HttpStatus.FORBIDDEN,
            "forbidden",
            "Forbidden",
            "Your role does not allow this: reading needs VIEWER, enabling pages MANAGER,"
                + " connecting Business Managers and setting up System Users ADMIN."));
  }
}
