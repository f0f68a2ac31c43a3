package io.mooring.notification.email;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.mooring.notification.config.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox over SMTP on a fixed delay. A transient failure is retried with exponential
 * back-off; a refused address is marked {@link EmailState#FAILED_PERMANENTLY} and not tried again.
 */
@Component
public class EmailSender implements SchedulingConfigurer {
  private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

  private final EmailOutbox outbox;
  private final JavaMailSender mail;
  private final NotificationProperties properties;
  private final RetryPolicy retry;
  private final MeterRegistry meters;

  public EmailSender(
      EmailOutbox outbox,
      JavaMailSender mail,
      NotificationProperties properties,
      MeterRegistry meters) {
    this.outbox = outbox;
    this.mail = mail;
    this.properties = properties;
    this.retry = RetryPolicy.of(properties.email().retry());
    this.meters = meters;
    Gauge.builder("mooring.notifications.email.pending", outbox, EmailOutbox::pendingCount)
        .description("Emails waiting in the outbox (a growing number means SMTP trouble)")
        .register(meters);
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(this::sendDueSafely, properties.email().pollInterval());
  }

  /** One pass over the due emails, at most a batch; returns how many were attempted. */
  public int sendDue() {
    int attempted = 0;
    while (attempted < properties.email().batchSize()) {
      Optional<OutboxEmail> claimed = outbox.claimNextDue(properties.email().claimLease());
      if (claimed.isEmpty()) {
        break;
      }
      attempt(claimed.get());
      attempted++;
    }
    return attempted;
  }

  private void sendDueSafely() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      // The store may be briefly away; the next pass picks up where this one stopped.
      log.warn("email outbox pass failed: {}", e.getMessage());
    }
  }

  private void attempt(OutboxEmail email) {
    try {
      mail.send(mimeMessageOf(email));
    } catch (MailException | MessagingException failure) {
      failed(email, SmtpFailure.of(failure));
      return;
    }
    // The window in which a crash repeats an email: between the server's "250 OK" and this line.
    outbox.markSent(email.id());
    count("sent");
  }

  private void failed(OutboxEmail email, SmtpFailure failure) {
    if (failure.permanent()) {
      log.warn("email {} refused for good: {}", email.id(), failure.reason());
      outbox.markFailedPermanently(email, failure.reason());
      count("failed_permanently");
    } else if (retry.exhausted(email.attempts())) {
      log.warn(
          "email {} given up after {} attempts: {}",
          email.id(),
          email.attempts(),
          failure.reason());
      outbox.markFailedPermanently(
          email, "gave up after " + email.attempts() + " attempts: " + failure.reason());
      count("failed_permanently");
    } else {
      log.info(
          "email {} attempt {} failed, will retry: {}",
          email.id(),
          email.attempts(),
          failure.reason());
      outbox.retryLater(email, retry.backoffAfter(email.attempts()), failure.reason());
      count("retry");
    }
  }

  private MimeMessage mimeMessageOf(OutboxEmail email) throws MessagingException {
    MimeMessage message = new OutboxMimeMessage(session(), email.messageId());
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(properties.mailFrom());
    helper.setTo(new InternetAddress(email.to(), true));
    helper.setSubject(email.subject());
    helper.setText(email.text(), email.html());
    return message;
  }

  private Session session() {
    return mail instanceof JavaMailSenderImpl impl
        ? impl.getSession()
        : Session.getInstance(new Properties());
  }

  private void count(String outcome) {
    meters.counter("mooring.notifications.emails", "outcome", outcome).increment();
  }
}
