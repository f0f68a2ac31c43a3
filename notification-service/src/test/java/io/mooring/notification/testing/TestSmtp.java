package io.mooring.notification.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, one per JVM. It can be stopped and
 * started again on the same port, to play an SMTP outage.
 */
public final class TestSmtp {
  private static TestSmtp instance;

  private final int port;
  private GreenMail server;

  private TestSmtp(int port) {
    this.port = port;
  }

  public static synchronized TestSmtp get() {
    if (instance == null) {
      instance = new TestSmtp(freePort());
      instance.start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-smtp-shutdown"));
    }
    return instance;
  }

  public int port() {
    return port;
  }

  public synchronized void start() {
    if (server == null || !server.isRunning()) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** Every message received so far (since the last start) for {@code address}. */
  public synchronized List<MimeMessage> receivedBy(String address) {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages())
        .filter(message -> isFor(message, address))
        .toList();
  }

  private static boolean isFor(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
