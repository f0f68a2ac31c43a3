package io.mooring.gateway.ratelimit;

import io.mooring.gateway.auth.CallerClaims;
import io.mooring.gateway.problems.GatewayProblems;
import io.mooring.gateway.web.ServicePaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-tenant rate limiting of the REST surface: runs after authentication, so the key is the tenant
 * of the verified token (never a header the client chose); 429 problem with {@code Retry-After}
 * when the tenant's bucket is empty.
 */
public class RateLimitFilter extends OncePerRequestFilter {
  public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
  public static final String LIMIT_HEADER = "X-RateLimit-Limit";

  private final RateLimiter limiter;
  private final CallerClaims claims;
  private final GatewayProblems problems;

  public RateLimitFilter(RateLimiter limiter, CallerClaims claims, GatewayProblems problems) {
    this.limiter = limiter;
    this.claims = claims;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ServicePaths.isServiceRequest(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RateLimiter.Decision decision = limiter.tryAcquire(keyOf(request));
    response.setHeader(LIMIT_HEADER, Long.toString(limiter.capacity()));
    response.setHeader(REMAINING_HEADER, Long.toString(decision.remaining()));
    if (decision.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    ProblemDetail problem =
        GatewayProblems.problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate-limited",
            "Too many requests",
            "Your organisation has made too many requests; retry after "
                + decision.retryAfterSeconds()
                + " s.");
    problem.setProperty("retryAfterSeconds", decision.retryAfterSeconds());
    problems.write(request, response, problem);
  }

  private String keyOf(HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
      return "tenant:" + claims.tenantOf(jwt);
    }
    return "client:" + request.getRemoteAddr();
  }
}
