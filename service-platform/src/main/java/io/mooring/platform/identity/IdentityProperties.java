package io.mooring.platform.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How services verify the gateway's word about who is calling.
 *
 * @param signingKey base64 HMAC key shared by the gateway and the services (32+ bytes); with none,
 *     every request that needs a caller is refused
 * @param issuer the issuer the gateway writes into identity tokens
 * @param ttl how long a minted identity token is valid
 */
@ConfigurationProperties("mooring.identity")
public record IdentityProperties(String signingKey, String issuer, Duration ttl) {
  public IdentityProperties {
    issuer = issuer == null ? "mooring-api-gateway" : issuer;
    ttl = ttl == null ? Duration.ofSeconds(60) : ttl;
  }
}
