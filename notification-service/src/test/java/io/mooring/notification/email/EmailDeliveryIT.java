package io.mooring.notification.email;

import static io.mooring.notification.testing.TestEvents.completed;
import static io.mooring.notification.testing.TestEvents.envelope;
import static io.mooring.notification.testing.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.notification.jobs.JobStore;
import io.mooring.notification.retention.RetentionJob;
import io.mooring.notification.testing.NotificationServiceIntegration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox against a real SMTP server that goes away and comes back, or refuses an address; and
 * the retention job that replaces TTL indexes.
 */
class EmailDeliveryIT extends NotificationServiceIntegration {
  @Autowired RetentionJob retention;
  @Autowired JobStore jobs;

  @Test
  void anEmailQueuedWhileSmtpIsDownIsSentOnceWhenItIsBack() throws Exception {
    UUID jobId = UUID.randomUUID();
    RequestedBy ana = person("ana-" + jobId.toString().substring(0, 6));
    SMTP.stop();
    try {
      publish(envelope(tenant, completed(jobId, ana, List.of(), 5, false)));

      String key = awaitNotifications(tenant, ana.userId(), 1).get(0).dedupeKey();
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  outboxEmail(key)
                      .filter(email -> email.attempts() >= 2 && email.lastError() != null)
                      .isPresent());
      OutboxEmail waiting = outboxEmail(key).orElseThrow();
      assertThat(waiting.state()).isEqualTo(EmailState.PENDING);
      assertThat(waiting.lastError()).containsIgnoringCase("connect");
    } finally {
      SMTP.start();
    }

    await().atMost(PATIENCE).until(() -> SMTP.receivedBy(ana.email()).size() == 1);
    String key = notificationsOf(tenant, ana.userId()).get(0).dedupeKey();
    await().atMost(PATIENCE).until(() -> outboxEmail(key).orElseThrow().state() == EmailState.SENT);
    assertThat(outboxEmail(key).orElseThrow().sentAt()).isNotNull();
    await()
        .during(Duration.ofSeconds(1))
        .atMost(PATIENCE)
        .until(() -> SMTP.receivedBy(ana.email()).size() == 1);
    assertThat(SMTP.receivedBy(ana.email()).get(0).getMessageID())
        .isEqualTo(outboxEmail(key).orElseThrow().messageId());
  }

  @Test
  void anAddressThatCanNeverWorkIsRecordedAndNotRetried() {
    UUID jobId = UUID.randomUUID();
    RequestedBy broken = new RequestedBy("broken-" + jobId, "nobody-at-nowhere", "Broken Address");
    // Published as a buggy producer would; the contract's schema would flag the address.
    publisher.publishAndWait(
        envelope(tenant, completed(jobId, broken, List.of(), 2, false)), Duration.ofSeconds(10));

    String key = awaitNotifications(tenant, broken.userId(), 1).get(0).dedupeKey();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                outboxEmail(key)
                    .filter(email -> email.state() == EmailState.FAILED_PERMANENTLY)
                    .isPresent());
    OutboxEmail refused = outboxEmail(key).orElseThrow();
    assertThat(refused.lastError()).startsWith("invalid address");
    assertThat(refused.attempts()).isEqualTo(1);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(PATIENCE)
        .until(() -> outboxEmail(key).orElseThrow().attempts() == 1);
  }

  @Test
  void retentionForgetsOldDocumentsButNeverAPendingEmail() {
    UUID jobId = UUID.randomUUID();
    RequestedBy old = person("old-" + jobId.toString().substring(0, 6));
    publish(envelope(tenant, completed(jobId, old, List.of(), 2, false)));
    String key = awaitNotifications(tenant, old.userId(), 1).get(0).dedupeKey();
    await().atMost(PATIENCE).until(() -> outboxEmail(key).orElseThrow().state() == EmailState.SENT);
    Instant now = Instant.now();
    OutboxEmail stuck =
        new OutboxEmail(
            "stuck-" + jobId,
            "stuck|" + jobId,
            tenant,
            "x@example.test",
            "s",
            "t",
            "h",
            EmailState.PENDING,
            7,
            now.minus(Duration.ofDays(400)),
            now.plus(Duration.ofDays(1)),
            null,
            "still trying",
            null);
    mongo.insert(stuck);

    retention.purgeOlderThan(now.plus(Duration.ofMinutes(1)));

    assertThat(notificationsOf(tenant, old.userId())).isEmpty();
    assertThat(outboxEmail(key)).isEmpty();
    assertThat(jobs.find(jobId, tenant)).isEmpty();
    assertThat(outboxEmail(stuck.dedupeKey())).isPresent();
  }
}
