package io.mooring.notification.notices;

import java.util.Objects;

/**
 * What one person is told about one occurrence: an in-app notification and, when {@code email} is
 * set, an email.
 *
 * @param actionPath where the notification leads inside Mooring (may be {@code null})
 * @param email the rendered email, or {@code null} for in-app only
 */
public record Notice(
    Occurrence occurrence,
    Recipient recipient,
    NoticeKind kind,
    Severity severity,
    String title,
    String text,
    String actionPath,
    EmailContent email) {
  public Notice {
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(text, "text");
  }

  public String dedupeKey() {
    return occurrence.dedupeKeyFor(recipient);
  }

  public boolean wantsEmail() {
    return email != null && recipient.email() != null && !recipient.email().isBlank();
  }
}
