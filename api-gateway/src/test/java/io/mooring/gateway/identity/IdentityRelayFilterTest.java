package io.mooring.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.mooring.gateway.auth.CallerClaims;
import io.mooring.gateway.auth.ClaimNames;
import io.mooring.gateway.problems.GatewayProblems;
import io.mooring.platform.identity.IdentityProperties;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class IdentityRelayFilterTest {
  private static final String KEY = "bW9vcmluZy10ZXN0LWlkZW50aXR5LXNpZ25pbmcta2V5IQ==";
  private final InternalIdentityTokens identities =
      new InternalIdentityTokens(new IdentityProperties(KEY, null, null), Clock.systemUTC());
  private final IdentityRelayFilter filter =
      new IdentityRelayFilter(
          identities,
          new CallerClaims(new ClaimNames("tenant", "roles", "email")),
          mock(GatewayProblems.class));

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  private static MockHttpServletRequest requestClaimingAnotherTenant() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/pages");
    request.addHeader("Authorization", "Bearer user-token");
    request.addHeader(InternalIdentityTokens.HEADER, "forged");
    request.addHeader("X-Tenant-Id", "victim");
    request.addHeader("x-user-email", "ana@victim.example");
    request.addHeader("Accept", "application/json");
    return request;
  }

  @Test
  void theServiceSeesTheVerifiedCallerAndNoneOfTheClientsIdentityHeaders() throws Exception {
    Jwt jwt =
        Jwt.withTokenValue("user-token")
            .header("alg", "RS256")
            .subject("eve")
            .claim("tenant", "intruder")
            .claim("roles", List.of("VIEWER"))
            .issuedAt(Instant.now())
            .build();
    SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(requestClaimingAnotherTenant(), new MockHttpServletResponse(), chain);

    HttpServletRequest relayed = (HttpServletRequest) chain.getRequest();
    assertThat(Collections.list(relayed.getHeaderNames()))
        .containsExactlyInAnyOrder(InternalIdentityTokens.HEADER, "Accept");
    assertThat(relayed.getHeader("X-Tenant-Id")).isNull();
    assertThat(relayed.getHeaders("Authorization").hasMoreElements()).isFalse();
    var caller = identities.verify(relayed.getHeader(InternalIdentityTokens.HEADER));
    assertThat(caller.tenantId()).isEqualTo("intruder");
    assertThat(caller.roles()).containsExactly(Role.VIEWER);
  }

  @Test
  void anAnonymousRequestCarriesNoIdentityAtAll() throws Exception {
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(requestClaimingAnotherTenant(), new MockHttpServletResponse(), chain);

    HttpServletRequest relayed = (HttpServletRequest) chain.getRequest();
    assertThat(relayed.getHeader(InternalIdentityTokens.HEADER)).isNull();
    assertThat(Collections.list(relayed.getHeaderNames())).containsExactly("Accept");
  }
}
