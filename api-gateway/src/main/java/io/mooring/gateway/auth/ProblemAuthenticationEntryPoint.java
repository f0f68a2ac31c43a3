package io.mooring.gateway.auth;

import io.mooring.gateway.problems.GatewayProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem, with the {@code WWW-Authenticate: Bearer} challenge RFC 6750 asks for. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
  private final BearerTokenAuthenticationEntryPoint challenge =
      new BearerTokenAuthenticationEntryPoint();
  private final GatewayProblems problems;

  ProblemAuthenticationEntryPoint(GatewayProblems problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    challenge.commence(request, response, e);
    boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    problems.write(
        request,
        response,
        GatewayProblems.problem(
            HttpStatus.UNAUTHORIZED,
            "unauthenticated",
            "Not authenticated",
            tokenSent
                ? "The access token is invalid or has expired."
                : "This needs an access token: Authorization: Bearer <token>."));
  }
}
