package io.mooring.platform.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Short-lived tokens (HS256 JWS) by which the gateway tells a service who is calling. A bare header
 * anyone could send is never trusted: without a valid signature there is no caller.
 */
public class InternalIdentityTokens {
  public static final String HEADER = "X-Mooring-Identity";
  private static final int MIN_KEY_BYTES = 32;

  private final byte[] key;
  private final String issuer;
  private final Duration ttl;
  private final Clock clock;

  public InternalIdentityTokens(IdentityProperties properties, Clock clock) {
    this.key =
        properties.signingKey() == null || properties.signingKey().isBlank()
            ? null
            : Base64.getDecoder().decode(properties.signingKey());
    if (key != null && key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "mooring.identity.signing-key must hold at least " + MIN_KEY_BYTES + " bytes");
    }
    this.issuer = properties.issuer();
    this.ttl = properties.ttl();
    this.clock = clock;
  }

  public String mint(Caller caller) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(caller.userId())
            .claim("tenant", caller.tenantId())
            .claim("email", caller.email())
            .claim("roles", caller.roles().stream().map(Role::name).sorted().toList())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(requireKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an identity token", e);
    }
    return jwt.serialize();
  }

  public Caller verify(String token) {
    if (token == null || token.isBlank()) {
      throw new InvalidIdentityException("no identity token");
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(requireKey()))) {
        throw new InvalidIdentityException("identity token signature is invalid");
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!issuer.equals(claims.getIssuer())) {
        throw new InvalidIdentityException("identity token has the wrong issuer");
      }
      if (claims.getExpirationTime() == null
          || !clock.instant().isBefore(claims.getExpirationTime().toInstant())) {
        throw new InvalidIdentityException("identity token has expired");
      }
      return new Caller(
          claims.getStringClaim("tenant"),
          claims.getSubject(),
          claims.getStringClaim("email"),
          roles(claims.getStringListClaim("roles")));
    } catch (ParseException | JOSEException | NullPointerException e) {
      throw new InvalidIdentityException("identity token is malformed", e);
    }
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      names.forEach(name -> roles.add(Role.valueOf(name)));
    }
    return roles;
  }

  private byte[] requireKey() {
    if (key == null) {
      throw new InvalidIdentityException("identity verification is not configured");
    }
    return key;
  }
}
