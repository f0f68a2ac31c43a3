package io.mooring.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerClaimsTest {
  private final CallerClaims claims = new CallerClaims(new ClaimNames("tenant", "roles", "email"));

  private static Jwt jwt(Map<String, Object> claims) {
    Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now());
    claims.forEach(builder::claim);
    return builder.build();
  }

  @Test
  void theCallerComesFromTheTokensClaims() {
    Caller caller =
        claims.callerOf(
            jwt(
                Map.of(
                    "sub", "ana",
                    "tenant", "acme",
                    "email", "ana@acme.example",
                    "roles", List.of("MANAGER", "offline_access"))));

    assertThat(caller)
        .isEqualTo(new Caller("acme", "ana", "ana@acme.example", java.util.Set.of(Role.MANAGER)));
  }

  @Test
  void rolesMayBeASpaceSeparatedStringInAnyCase() {
    assertThat(claims.rolesOf(jwt(Map.of("sub", "a", "roles", "viewer admin"))))
        .containsExactlyInAnyOrder(Role.VIEWER, Role.ADMIN);
  }

  @Test
  void aTokenWithoutAValidTenantOrSubjectIsInvalid() {
    var validator = new CallerClaimsValidator(claims);

    assertThat(validator.validate(jwt(Map.of("sub", "a", "tenant", "acme"))).hasErrors()).isFalse();
    assertThat(validator.validate(jwt(Map.of("sub", "a"))).hasErrors()).isTrue();
    assertThat(validator.validate(jwt(Map.of("sub", "a", "tenant", "../b"))).hasErrors()).isTrue();
    assertThat(validator.validate(jwt(Map.of("tenant", "acme"))).hasErrors()).isTrue();
  }
}
