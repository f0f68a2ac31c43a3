package io.mooring.notification.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Report links for emails: an HMAC-SHA256 over job id, expiry and tenant proves that Mooring issued
 * the link, for that job of that tenant, until that time. Nothing is stored per link.
 */
public class ReportLinks {
  static final String PATH = "/report-links/jobs/{jobId}.xlsx";
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;
  private final URI publicBaseUrl;
  private final Duration ttl;
  private final Clock clock;

  public ReportLinks(byte[] key, URI publicBaseUrl, Duration ttl, Clock clock) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the report link signing key must hold at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.publicBaseUrl = publicBaseUrl;
    this.ttl = ttl;
    this.clock = clock;
  }

  public SignedLink issue(UUID jobId, String tenantId) {
    Instant expiresAt = clock.instant().plus(ttl);
    long expires = expiresAt.getEpochSecond();
    URI url =
        UriComponentsBuilder.fromUri(publicBaseUrl)
            .path(PATH)
            .queryParam("tenant", tenantId)
            .queryParam("expires", expires)
            .queryParam("signature", signature(jobId, tenantId, expires))
            .encode()
            .buildAndExpand(jobId)
            .toUri();
    return new SignedLink(url, Instant.ofEpochSecond(expires));
  }

  /** Throws unless the link was issued by this key for this job and tenant and is still valid. */
  public void verify(UUID jobId, String tenantId, long expires, String signature) {
    byte[] expected = signature(jobId, tenantId, expires).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw ReportLinkRejected.tampered();
    }
    if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
      throw ReportLinkRejected.expired();
    }
  }

  /** The tenant goes last, so no choice of tenant text can pass for another job or expiry. */
  private String signature(UUID jobId, String tenantId, long expires) {
    String signed = "report-link/v1\n" + jobId + "\n" + expires + "\n" + tenantId;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
