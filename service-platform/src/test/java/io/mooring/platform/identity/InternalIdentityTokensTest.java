package io.mooring.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternalIdentityTokensTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("another-key-another-key-another-key".getBytes());
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Caller ANA =
      new Caller("acme", "user-1", "ana@acme.example", Set.of(Role.MANAGER));

  private static InternalIdentityTokens tokens(String key, Instant now) {
    return new InternalIdentityTokens(
        new IdentityProperties(key, null, Duration.ofSeconds(60)),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aMintedTokenVerifiesToTheSameCaller() {
    assertThat(tokens(KEY, NOW).verify(tokens(KEY, NOW).mint(ANA))).isEqualTo(ANA);
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = tokens(KEY, NOW).mint(ANA);

    assertThatThrownBy(() -> tokens(KEY, NOW.plusSeconds(61)).verify(token))
        .isInstanceOf(InvalidIdentityException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void aTokenSignedWithAnotherKeyOrTamperedWithIsRefused() {
    String token = tokens(OTHER_KEY, NOW).mint(ANA);
    assertThatThrownBy(() -> tokens(KEY, NOW).verify(token))
        .isInstanceOf(InvalidIdentityException.class)
        .hasMessageContaining("signature");

    String genuine = tokens(KEY, NOW).mint(ANA);
    String[] parts = genuine.split("\\.");
    String otherTenantClaims =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]))
                    .replace("acme", "evil")
                    .getBytes());
    assertThatThrownBy(
            () -> tokens(KEY, NOW).verify(parts[0] + "." + otherTenantClaims + "." + parts[2]))
        .isInstanceOf(InvalidIdentityException.class);
  }

  @Test
  void withoutAKeyNothingIsTrusted() {
    assertThatThrownBy(() -> tokens(null, NOW).verify("a.b.c"))
        .isInstanceOf(InvalidIdentityException.class);
    assertThatThrownBy(() -> tokens(KEY, NOW).verify(null))
        .isInstanceOf(InvalidIdentityException.class)
        .hasMessageContaining("no identity token");
  }

  @Test
  void rolesIncludeTheRightsOfLesserRoles() {
    assertThat(ANA.can(Role.VIEWER)).isTrue();
    assertThat(ANA.can(Role.MANAGER)).isTrue();
    assertThat(ANA.can(Role.ADMIN)).isFalse();
  }
}
