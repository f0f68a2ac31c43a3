package io.mooring.notification.inapp;

import io.mooring.notification.notices.NoticeKind;
import io.mooring.notification.notices.Severity;
import java.time.Instant;

/** A notification as the REST API and the live stream show it. */
public record NotificationView(
    String id,
    NoticeKind kind,
    Severity severity,
    String title,
    String text,
    String actionPath,
    Instant createdAt,
    boolean read) {

  static NotificationView of(Notification notification) {
    return new NotificationView(
        notification.id(),
        notification.kind(),
        notification.severity(),
        notification.title(),
        notification.text(),
        notification.actionPath(),
        notification.createdAt(),
        notification.read());
  }
}
