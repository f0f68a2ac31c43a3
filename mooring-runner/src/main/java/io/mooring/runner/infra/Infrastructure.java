package io.mooring.runner.infra;

import io.mooring.runner.data.DataFolder;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.Ports;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The infrastructure inside the runner's JVM: the MongoDB-protocol store, the SMTP server with its
 * mailbox (folder and page) and the Kafka broker. Closing stops them in the reverse order.
 */
public final class Infrastructure implements AutoCloseable {
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private MongoStore mongo;
  private KafkaBroker kafka;
  private MailboxFolder mailbox;

  public static Infrastructure start(DataFolder data, Ports ports) {
    Infrastructure infrastructure = new Infrastructure();
    try {
      infrastructure.mongo =
          infrastructure.track(MongoStore.start(data.mongoFile(), ports.of(Endpoint.MONGODB)));
      infrastructure.mailbox = new MailboxFolder(data.mailbox());
      infrastructure.track(SmtpServer.start(ports.of(Endpoint.SMTP), infrastructure.mailbox));
      infrastructure.track(MailboxPage.start(ports.of(Endpoint.MAILBOX), infrastructure.mailbox));
      infrastructure.kafka =
          infrastructure.track(KafkaBroker.start(data.kafka(), ports.of(Endpoint.KAFKA)));
      return infrastructure;
    } catch (RuntimeException e) {
      infrastructure.close();
      throw e;
    }
  }

  /**
   * Stops the broker and starts it again on the same port with the same log: clients see it go and
   * come back, topics and committed offsets are kept.
   */
  public synchronized void restartKafka() {
    started.remove(kafka);
    KafkaBroker previous = kafka;
    previous.close();
    kafka = track(KafkaBroker.start(previous.dir(), previous.port()));
  }

  private <T extends AutoCloseable> T track(T component) {
    started.push(component);
    return component;
  }

  public MongoStore mongo() {
    return mongo;
  }

  public KafkaBroker kafka() {
    return kafka;
  }

  public MailboxFolder mailbox() {
    return mailbox;
  }

  @Override
  public synchronized void close() {
    while (!started.isEmpty()) {
      AutoCloseable component = started.pop();
      try {
        component.close();
      } catch (Exception e) {
        System.err.println("Could not stop " + component.getClass().getSimpleName() + ": " + e);
      }
    }
  }
}
