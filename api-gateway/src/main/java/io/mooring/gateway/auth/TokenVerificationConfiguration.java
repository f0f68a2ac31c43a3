package io.mooring.gateway.auth;

import io.mooring.gateway.devissuer.DevIssuer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Which access tokens the gateway believes: the dev issuer's in profile {@code dev-issuer}, else
 * the identity provider's from {@code spring.security.oauth2.resourceserver.jwt.*} (JWK set URI
 * and/or issuer URI, optional audiences). With neither, every token is refused: fail closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
class TokenVerificationConfiguration {
  private static final Logger log = LoggerFactory.getLogger(TokenVerificationConfiguration.class);

  @Bean
  JwtDecoder jwtDecoder(
      OAuth2ResourceServerProperties properties,
      ObjectProvider<DevIssuer> devIssuer,
      CallerClaims claims) {
    DevIssuer dev = devIssuer.getIfAvailable();
    if (dev != null) {
      log.warn(
          "Profile dev-issuer: trusting tokens minted by POST /dev/tokens. Never in production.");
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(dev.publicKey()).build();
      decoder.setJwtValidator(validator(DevIssuer.ISSUER, List.of(), claims));
      return decoder;
    }
    OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
    String issuer = StringUtils.hasText(jwt.getIssuerUri()) ? jwt.getIssuerUri() : null;
    List<String> audiences =
        jwt.getAudiences().stream().filter(StringUtils::hasText).map(String::trim).toList();
    if (StringUtils.hasText(jwt.getJwkSetUri())) {
      NimbusJwtDecoder decoder =
          NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
              .jwsAlgorithms(
                  algorithms ->
                      jwt.getJwsAlgorithms().stream()
                          .map(SignatureAlgorithm::from)
                          .forEach(algorithms::add))
              .build();
      decoder.setJwtValidator(validator(issuer, audiences, claims));
      return decoder;
    }
    if (issuer != null) {
      // Discovered on first use, so the gateway starts while the identity provider is down.
      return new SupplierJwtDecoder(
          () -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator(issuer, audiences, claims));
            return decoder;
          });
    }
    log.warn(
        "No token issuer configured (spring.security.oauth2.resourceserver.jwt.issuer-uri or"
            + " jwk-set-uri): every authenticated request is refused.");
    return token -> {
      throw new BadJwtException("No token issuer is configured");
    };
  }

  private static OAuth2TokenValidator<Jwt> validator(
      String issuer, List<String> audiences, CallerClaims claims) {
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    validators.add(
        issuer == null
            ? JwtValidators.createDefault()
            : JwtValidators.createDefaultWithIssuer(issuer));
    if (!audiences.isEmpty()) {
      validators.add(
          new JwtClaimValidator<List<String>>(
              JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
    }
    validators.add(new CallerClaimsValidator(claims));
    return new DelegatingOAuth2TokenValidator<>(validators);
  }
}
