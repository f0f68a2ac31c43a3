package io.mooring.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why an email could not be sent, and whether trying again can help. An address the server refuses
 * with a 5xx reply, or one that is not an address at all, is permanent; a server that is down, slow
 * or answers 4xx is transient.
 */
public record SmtpFailure(boolean permanent, String reason) {

  public static SmtpFailure of(Throwable failure) {
    for (Throwable cause : causesOf(failure)) {
      if (cause instanceof AddressException invalid) {
        return permanent("invalid address: " + invalid.getMessage());
      }
      if (cause instanceof MailParseException || cause instanceof MailPreparationException) {
        return permanent("message cannot be built: " + cause.getMessage());
      }
      if (cause instanceof SMTPAddressFailedException refused) {
        return byReplyCode(refused.getReturnCode(), "recipient refused", refused);
      }
      if (cause instanceof SMTPSendFailedException refused) {
        return byReplyCode(refused.getReturnCode(), "message refused", refused);
      }
    }
    return new SmtpFailure(false, summary(failure));
  }

  private static SmtpFailure byReplyCode(int code, String what, Exception refused) {
    String reason = what + " (" + code + "): " + oneLine(refused.getMessage());
    return code >= 500 && code < 600 ? permanent(reason) : new SmtpFailure(false, reason);
  }

  private static SmtpFailure permanent(String reason) {
    return new SmtpFailure(true, reason);
  }

  /** The failure, its causes, nested messaging exceptions and the per-message failures. */
  private static List<Throwable> causesOf(Throwable failure) {
    List<Throwable> found = new ArrayList<>();
    Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
    while (!todo.isEmpty() && found.size() < 50) {
      Throwable next = todo.poll();
      if (found.contains(next)) {
        continue;
      }
      found.add(next);
      Stream.of(next.getCause()).filter(Objects::nonNull).forEach(todo::add);
      if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
        todo.add(messaging.getNextException());
      }
      if (next instanceof MailSendException send) {
        todo.addAll(send.getFailedMessages().values());
      }
    }
    return found;
  }

  private static String summary(Throwable failure) {
    Throwable innermost = failure;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String message =
        innermost == failure
            ? failure.getMessage()
            : failure.getClass().getSimpleName() + ": " + innermost.getMessage();
    return oneLine(message == null ? failure.getClass().getSimpleName() : message);
  }

  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
