package io.mooring.notification.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ReportLinksTest {
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private final UUID jobId = UUID.randomUUID();

  private ReportLinks linksAt(Instant now) {
    return new ReportLinks(
        KEY,
        URI.create("https://mooring.example/app"),
        Duration.ofDays(7),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void anIssuedLinkVerifiesUntilItExpires() {
    SignedLink link = linksAt(NOW).issue(jobId, "acme");
    Map<String, String> params = params(link.url());

    assertThat(link.url().getPath()).isEqualTo("/app/report-links/jobs/" + jobId + ".xlsx");
    assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    linksAt(NOW.plus(Duration.ofDays(6)))
        .verify(jobId, "acme", Long.parseLong(params.get("expires")), params.get("signature"));
  }

  @Test
  void anExpiredLinkIsGone() {
    Map<String, String> params = params(linksAt(NOW).issue(jobId, "acme").url());

    assertThatThrownBy(
            () ->
                linksAt(NOW.plus(Duration.ofDays(7)))
                    .verify(
                        jobId,
                        "acme",
                        Long.parseLong(params.get("expires")),
                        params.get("signature")))
        .isInstanceOfSatisfying(
            ReportLinkRejected.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.GONE));
  }

  @Test
  void changingTenantJobExpiryOrSignatureIsRefused() {
    Map<String, String> params = params(linksAt(NOW).issue(jobId, "acme").url());
    long expires = Long.parseLong(params.get("expires"));
    String signature = params.get("signature");
    ReportLinks links = linksAt(NOW);

    assertForbidden(() -> links.verify(jobId, "globex", expires, signature));
    assertForbidden(() -> links.verify(UUID.randomUUID(), "acme", expires, signature));
    assertForbidden(() -> links.verify(jobId, "acme", expires + 3600, signature));
    assertForbidden(() -> links.verify(jobId, "acme", expires, signature.substring(1) + "A"));
    assertForbidden(() -> links.verify(jobId, "acme", expires, null));
  }

  @Test
  void aLinkSignedWithAnotherKeyIsRefused() {
    Map<String, String> params = params(linksAt(NOW).issue(jobId, "acme").url());
    ReportLinks otherKey =
        new ReportLinks(
            "another-key-another-key-another-key".getBytes(),
            URI.create("https://mooring.example"),
            Duration.ofDays(7),
            Clock.fixed(NOW, ZoneOffset.UTC));

    assertForbidden(
        () ->
            otherKey.verify(
                jobId, "acme", Long.parseLong(params.get("expires")), params.get("signature")));
  }

  @Test
  void aShortKeyIsRejectedAtStartUp() {
    assertThatThrownBy(
            () ->
                new ReportLinks(
                    "short".getBytes(),
                    URI.create("http://x"),
                    Duration.ofDays(1),
                    Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertForbidden(Runnable verification) {
    assertThatThrownBy(verification::run)
        .isInstanceOfSatisfying(
            ReportLinkRejected.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
  }

  private static Map<String, String> params(URI url) {
    return Stream.of(url.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
  }
}
