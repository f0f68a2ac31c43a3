package io.mooring.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpFailureTest {

  @Test
  void aRecipientRefusedWith5xxIsPermanent() throws Exception {
    var refused =
        new SMTPAddressFailedException(
            new InternetAddress("gone@example.test"), "RCPT TO", 550, "550 5.1.1 no such user");

    SmtpFailure failure = SmtpFailure.of(sendFailed(new MessagingException("send", refused)));

    assertThat(failure.permanent()).isTrue();
    assertThat(failure.reason()).contains("550");
  }

  @Test
  void aRecipientDeferredWith4xxIsTransient() throws Exception {
    var deferred =
        new SMTPAddressFailedException(
            new InternetAddress("busy@example.test"), "RCPT TO", 451, "451 try later");

    assertThat(SmtpFailure.of(sendFailed(deferred)).permanent()).isFalse();
  }

  @Test
  void aMessageRefusedWith554IsPermanent() {
    var refused = new SMTPSendFailedException("DATA", 554, "554 rejected", null, null, null, null);

    assertThat(SmtpFailure.of(sendFailed(refused)).permanent()).isTrue();
  }

  @Test
  void anInvalidAddressIsPermanent() {
    var invalid = new AddressException("Missing final '@domain'", "not-an-address");

    assertThat(SmtpFailure.of(invalid).permanent()).isTrue();
  }

  @Test
  void aServerThatIsDownIsTransient() {
    var down =
        new MailConnectException(
            new SocketConnectException(
                "refused", new ConnectException("Connection refused"), "localhost", 25, 5000));

    SmtpFailure failure =
        SmtpFailure.of(new MailSendException("Mail server connection failed", down));

    assertThat(failure.permanent()).isFalse();
    assertThat(failure.reason()).contains("Connection refused");
  }

  private static MailSendException sendFailed(Exception cause) {
    return new MailSendException(Map.of(new Object(), cause));
  }
}
