package io.mooring.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.gateway.devissuer.DevIssuer;
import io.mooring.platform.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** The dev issuer is off unless its profile is on; without an issuer every token is refused. */
class TokenVerificationConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withBean(Clock.class, Clock::systemUTC)
          .withUserConfiguration(
              Claims.class,
              CallerClaims.class,
              DevIssuer.class,
              TokenVerificationConfiguration.class);

  @EnableConfigurationProperties(ClaimNames.class)
  static class Claims {}

  private static String devToken() throws Exception {
    return new DevIssuer(new ClaimNames("tenant", "roles", "email"), Clock.systemUTC())
        .issue("acme", "ana", null, Set.of(Role.ADMIN), Duration.ofMinutes(5))
        .accessToken();
  }

  @Test
  void byDefaultThereIsNoDevIssuerAndNoTokenIsBelieved() throws Exception {
    String token = devToken();
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean(DevIssuer.class);
          assertThatThrownBy(() -> context.getBean(JwtDecoder.class).decode(token))
              .isInstanceOf(JwtException.class);
        });
  }

  @Test
  void withTheDevIssuerProfileItsTokensAreBelievedAndOnlyThose() throws Exception {
    String foreign = devToken();
    runner
        .withPropertyValues("spring.profiles.active=dev-issuer")
        .run(
            context -> {
              DevIssuer issuer = context.getBean(DevIssuer.class);
              String own =
                  issuer
                      .issue("acme", "ana", null, Set.of(Role.VIEWER), Duration.ofMinutes(5))
                      .accessToken();
              JwtDecoder decoder = context.getBean(JwtDecoder.class);

              assertThat(decoder.decode(own).getClaimAsString("tenant")).isEqualTo("acme");
              assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtException.class);
            });
  }
}
