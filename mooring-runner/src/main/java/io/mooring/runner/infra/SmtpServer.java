package io.mooring.runner.infra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) that accepts mail for anyone, without authentication, and writes
 * every delivered message to the mailbox folder as well as keeping it in memory.
 */
public final class SmtpServer implements AutoCloseable {
  private final GreenMail greenMail;
  private final int port;

  private SmtpServer(GreenMail greenMail, int port) {
    this.greenMail = greenMail;
    this.port = port;
  }

  public static SmtpServer start(int port, MailboxFolder mailbox) {
    GreenMail greenMail =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    MessageDeliveryHandler deliver = greenMail.getUserManager().getMessageDeliveryHandler();
    greenMail
        .getUserManager()
        .setMessageDeliveryHandler(
            (message, address) -> {
              mailbox.save(message.getMessage(), address.getEmail());
              return deliver.handle(message, address);
            });
    return new SmtpServer(greenMail, port);
  }

  public int port() {
    return port;
  }

  /** How many messages GreenMail holds in memory (since this start). */
  public int receivedCount() {
    return greenMail.getReceivedMessages().length;
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
