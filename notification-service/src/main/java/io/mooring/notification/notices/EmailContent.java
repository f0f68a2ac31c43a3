package io.mooring.notification.notices;

import java.util.Objects;

/** A rendered email: subject, plain text and HTML alternatives of the same message. */
public record EmailContent(String subject, String text, String html) {
  public EmailContent {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }
}
