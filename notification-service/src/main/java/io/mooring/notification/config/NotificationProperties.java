package io.mooring.notification.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the notification service talks to people.
 *
 * @param publicBaseUrl where people reach Mooring (the gateway); links in emails start here
 * @param reportLinkTtl how long a signed report link in an email stays valid
 * @param linkSigningKey base64 HMAC key (32+ bytes) that signs report links; blank means a random
 *     key per process (links then die on restart: development only)
 * @param mailFrom the From address of every email
 * @param email how the email outbox is sent
 * @param retention how long notifications, sent emails and job projections are kept
 */
@ConfigurationProperties("mooring.notifications")
public record NotificationProperties(
    @DefaultValue("http://localhost:8080") URI publicBaseUrl,
    @DefaultValue("7d") Duration reportLinkTtl,
    String linkSigningKey,
    @DefaultValue("Mooring <notifications@mooring.local>") String mailFrom,
    @DefaultValue Email email,
    @DefaultValue("90d") Duration retention) {

  /**
   * @param pollInterval pause between two passes of the outbox sender
   * @param batchSize emails sent at most per pass
   * @param claimLease how long a claimed email is left to its sender before another may take it
   * @param retry back-off of transient SMTP failures
   */
  public record Email(
      @DefaultValue("5s") Duration pollInterval,
      @DefaultValue("20") int batchSize,
      @DefaultValue("2m") Duration claimLease,
      @DefaultValue Retry retry) {}

  /**
   * @param initialBackoff wait after the first failed attempt
   * @param multiplier growth of the wait after each further failure
   * @param maxBackoff the longest wait between two attempts
   * @param maxAttempts attempts before an email is given up (it stays in the outbox, marked)
   */
  public record Retry(
      @DefaultValue("30s") Duration initialBackoff,
      @DefaultValue("2.0") double multiplier,
      @DefaultValue("1h") Duration maxBackoff,
      @DefaultValue("50") int maxAttempts) {}
}
