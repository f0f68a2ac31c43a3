package io.mooring.gateway.devissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.mooring.gateway.auth.ClaimNames;
import io.mooring.platform.identity.Role;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * A stand-in identity provider for the embedded run and tests: RS256 access tokens for demo users,
 * signed with a key generated at start (so tokens die with the process). Profile {@code dev-issuer}
 * only; never on by default.
 */
@Component
@Profile("dev-issuer")
public class DevIssuer {
  public static final String ISSUER = "mooring-dev-issuer";

  private final RSAKey key;
  private final JwtEncoder encoder;
  private final ClaimNames claims;
  private final Clock clock;

  public DevIssuer(ClaimNames claims, Clock clock) throws JOSEException {
    this.key =
        new RSAKeyGenerator(2048)
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.RS256)
            .keyID(UUID.randomUUID().toString())
            .generate();
    this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    this.claims = claims;
    this.clock = clock;
  }

  /** A signed access token for this person of this tenant. */
  public IssuedToken issue(
      String tenant, String user, String email, Set<Role> roles, Duration lifetime) {
    Instant now = clock.instant();
    JwtClaimsSet.Builder claimSet =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .subject(user)
            .id(UUID.randomUUID().toString())
            .issuedAt(now)
            .notBefore(now)
            .expiresAt(now.plus(lifetime))
            .claim(claims.tenant(), tenant)
            .claim(claims.roles(), roles.stream().map(Role::name).sorted().toList());
    if (email != null) {
      claimSet.claim(claims.email(), email);
    }
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
    String token =
        encoder.encode(JwtEncoderParameters.from(header, claimSet.build())).getTokenValue();
    return new IssuedToken(token, "Bearer", lifetime.toSeconds(), now.plus(lifetime));
  }

  /** The public half of the signing key, as a JWK set. */
  public Map<String, Object> publicJwkSet() {
    return new JWKSet(key.toPublicJWK()).toJSONObject();
  }

  public RSAPublicKey publicKey() {
    try {
      return key.toRSAPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("the generated key has no RSA public key", e);
    }
  }

  /** What {@code POST /dev/tokens} answers. */
  public record IssuedToken(
      String accessToken, String tokenType, long expiresIn, Instant expiresAt) {}
}
