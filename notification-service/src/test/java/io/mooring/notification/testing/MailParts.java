package io.mooring.notification.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The text/plain and text/html alternatives of a received email. */
public record MailParts(String subject, String text, String html, List<String> contentTypes) {

  public static MailParts of(MimeMessage message) {
    try {
      List<String> types = new ArrayList<>();
      String[] bodies = new String[2];
      collect(message, types, bodies);
      return new MailParts(message.getSubject(), bodies[0], bodies[1], types);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable email", e);
    }
  }

  private static void collect(Part part, List<String> types, String[] bodies) throws Exception {
    types.add(part.getContentType().split(";")[0].trim().toLowerCase());
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, types, bodies);
      }
    } else if (part.isMimeType("text/plain")) {
      bodies[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html")) {
      bodies[1] = (String) part.getContent();
    }
  }
}
