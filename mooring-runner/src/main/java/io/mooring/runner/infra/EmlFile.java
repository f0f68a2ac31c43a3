package io.mooring.runner.infra;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * An {@code .eml} file read back: headers and the readable text (the plain-text part, else the HTML
 * part).
 */
public record EmlFile(Path file, String from, String to, String subject, Date sent, String text) {

  public static EmlFile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      return new EmlFile(
          file,
          addresses(message.getFrom()),
          addresses(message.getRecipients(Message.RecipientType.TO)),
          message.getSubject() == null ? "" : message.getSubject(),
          message.getSentDate(),
          textOf(message));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static String addresses(jakarta.mail.Address[] addresses) {
    if (addresses == null) {
      return "";
    }
    return Arrays.stream(addresses)
        .map(a -> a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString())
        .collect(Collectors.joining(", "));
  }

  private static String textOf(Part part) throws MessagingException, IOException {
    String plain = find(part, "text/plain");
    if (plain != null) {
      return plain;
    }
    String html = find(part, "text/html");
    return html == null ? "" : html;
  }

  private static String find(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type)) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = find(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
