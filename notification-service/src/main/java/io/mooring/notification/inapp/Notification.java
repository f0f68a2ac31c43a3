package io.mooring.notification.inapp;

import io.mooring.notification.notices.NoticeKind;
import io.mooring.notification.notices.Severity;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An in-app notification of one person of one tenant. {@code dedupeKey} is unique: one occurrence
 * gives one person at most one notification. {@code readAt} is {@code null} while unread.
 */
@Document(NotificationStore.COLLECTION)
public record Notification(
    @Id String id,
    String dedupeKey,
    String tenantId,
    String userId,
    NoticeKind kind,
    Severity severity,
    String title,
    String text,
    String actionPath,
    String sourceEventId,
    Instant occurredAt,
    Instant createdAt,
    Instant readAt) {

  public boolean read() {
    return readAt != null;
  }
}
