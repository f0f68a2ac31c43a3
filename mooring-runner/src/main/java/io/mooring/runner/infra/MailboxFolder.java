package io.mooring.runner.infra;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Received emails as {@code .eml} files, one per recipient, named so that they sort by arrival:
 * {@code 20261204-211530-001-ana_at_demo.example.eml}. Any mail program opens them.
 */
public final class MailboxFolder {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  private final Path dir;
  private final AtomicLong sequence = new AtomicLong();

  public MailboxFolder(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Writes the message as received by {@code recipient}; returns the file. */
  public Path save(MimeMessage message, String recipient) {
    String name =
        STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))
            + String.format(Locale.ROOT, "-%03d-", sequence.incrementAndGet() % 1000)
            + safe(recipient)
            + ".eml";
    try {
      Files.createDirectories(dir);
      Path partial = dir.resolve(name + ".part");
      try (OutputStream out = Files.newOutputStream(partial)) {
        message.writeTo(out);
      }
      // Readers polling the folder never see half a file.
      return Files.move(
          partial,
          dir.resolve(name),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name, e);
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot write " + name, e);
    }
  }

  /** The saved emails, newest first. */
  public List<Path> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".eml"))
          .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String safe(String recipient) {
    String cleaned = recipient.replace("@", "_at_").replaceAll("[^A-Za-z0-9._-]", "_");
    return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
  }
}
