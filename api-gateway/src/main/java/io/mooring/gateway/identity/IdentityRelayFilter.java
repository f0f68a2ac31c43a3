package io.mooring.gateway.identity;

import io.mooring.gateway.auth.CallerClaims;
import io.mooring.gateway.problems.GatewayProblems;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.InvalidIdentityException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tenant isolation at the door: whatever identity headers a client sends are dropped, and an
 * authenticated request carries downstream only the gateway's own short-lived signed statement of
 * the caller ({@link InternalIdentityTokens#HEADER}), built from the verified access token. The
 * user's access token itself goes no further than the gateway.
 */
public class IdentityRelayFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(IdentityRelayFilter.class);

  /** Headers (lower case) that could pass for an identity or a credential downstream. */
  static final Set<String> REMOVED_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "remote-user", "forwarded-user");

  /** Prefixes (lower case) of such headers: ours, and the usual proxy-auth conventions. */
  static final List<String> REMOVED_PREFIXES =
      List.of(
          "x-mooring-",
          "x-tenant",
          "x-user",
          "x-auth",
          "x-remote-user",
          "x-forwarded-user",
          "x-forwarded-email",
          "x-forwarded-groups",
          "x-forwarded-access-token");

  private final InternalIdentityTokens identities;
  private final CallerClaims claims;
  private final GatewayProblems problems;

  public IdentityRelayFilter(
      InternalIdentityTokens identities, CallerClaims claims, GatewayProblems problems) {
    this.identities = identities;
    this.claims = claims;
    this.problems = problems;
  }

  static boolean isRemoved(String lowerCaseName) {
    return REMOVED_HEADERS.contains(lowerCaseName)
        || REMOVED_PREFIXES.stream().anyMatch(lowerCaseName::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String> identity = Map.of();
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
      try {
        identity = Map.of(InternalIdentityTokens.HEADER, identities.mint(claims.callerOf(jwt)));
      } catch (InvalidIdentityException e) {
        log.error("Cannot sign the caller's identity: set mooring.identity.signing-key");
        problems.write(
            request,
            response,
            GatewayProblems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "identity-relay-unavailable",
                "Service unavailable",
                "The gateway cannot vouch for callers right now."));
        return;
      }
    }
    chain.doFilter(
        new RelayedIdentityRequest(request, IdentityRelayFilter::isRemoved, identity), response);
  }
}
