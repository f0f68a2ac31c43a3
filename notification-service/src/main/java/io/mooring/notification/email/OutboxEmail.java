package io.mooring.notification.email;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email to one person, rendered when queued. {@code dedupeKey} (unique) is the key of the
 * notification it belongs to. A sender claims it by pushing {@code nextAttemptAt} past its lease,
 * so a sender that dies mid-way leaves it to be retried, never lost.
 */
@Document(EmailOutbox.COLLECTION)
public record OutboxEmail(
    @Id String id,
    String dedupeKey,
    String tenantId,
    String to,
    String subject,
    String text,
    String html,
    EmailState state,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant lastAttemptAt,
    String lastError,
    Instant sentAt) {

  /** The Message-ID every attempt carries, so mail systems can recognise a repeat. */
  public String messageId() {
    return "<" + id + "@notifications.mooring>";
  }
}
