package io.mooring.runner.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.runner.FreePorts;
import io.mooring.runner.data.DataFolder;
import io.mooring.runner.data.DataLock;
import io.mooring.runner.data.DevSecrets;
import io.mooring.runner.http.HttpJson;
import io.mooring.runner.infra.EmlFile;
import io.mooring.runner.infra.MailboxFolder;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.Ports;
import io.mooring.runner.simulator.SimulatorWorld;
import io.mooring.runner.stack.Checkout;
import io.mooring.runner.stack.ServiceCatalog;
import io.mooring.runner.stack.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * All of Mooring as {@code ./mooring} runs it — real broker, store, SMTP server, simulator and the
 * five services as separate JVMs — started once for every journey and fault test of the JVM. Its
 * data folder (logs, mailbox, store) stays in {@code target/journey-stack} for a look afterwards.
 */
final class JourneyStack implements AutoCloseable {
  static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
  private static final Path DATA = Path.of("target", "journey-stack");

  private final Stack stack;
  private final HttpJson http = new HttpJson();
  private final SimulatorControl simulator;
  private final TopicReader topics;

  private JourneyStack(Stack stack) {
    this.stack = stack;
    this.simulator = new SimulatorControl(http, stack.ports().url(Endpoint.SIMULATOR));
    this.topics = new TopicReader(stack::kafkaBootstrapServers);
  }

  static JourneyStack start() throws IOException {
    Checkout checkout = Checkout.locate(null);
    assertThat(checkout.missingJars(ServiceCatalog.ALL_MODULES))
        .as("the services' jars are built before the runner's integration tests")
        .isEmpty();
    deleteRecursively(DATA);
    DataFolder data = new DataFolder(DATA.toAbsolutePath()).create();
    Stack stack =
        new Stack(
            checkout,
            data,
            FreePorts.pick(),
            DevSecrets.loadOrCreate(data),
            DataLock.tryAcquire(data).orElseThrow(),
            System.out);
    try {
      Duration ready = stack.start(READY_TIMEOUT);
      System.out.println("The journey's stack is ready in " + ready.toMillis() + " ms");
      return new JourneyStack(stack);
    } catch (RuntimeException e) {
      stack.stop();
      throw e;
    }
  }

  Stack stack() {
    return stack;
  }

  HttpJson http() {
    return http;
  }

  Ports ports() {
    return stack.ports();
  }

  SimulatorWorld world() {
    return stack.world();
  }

  SimulatorControl simulator() {
    return simulator;
  }

  TopicReader topics() {
    return topics;
  }

  /** A person of {@code tenant} with a token from the gateway's dev issuer. */
  MooringUser logIn(String tenant, String userId) throws IOException {
    return MooringUser.logIn(this, tenant, userId);
  }

  /** The emails in the SMTP server's mailbox that mention {@code text} (a job id). */
  List<EmlFile> mailsAbout(String text) {
    List<EmlFile> mails = new ArrayList<>();
    for (Path file : new MailboxFolder(stack.data().mailbox()).list()) {
      EmlFile mail = EmlFile.read(file);
      if (mail.text().contains(text)) {
        mails.add(mail);
      }
    }
    return mails;
  }

  Path reports() {
    return stack.data().reports();
  }

  @Override
  public void close() {
    stack.stop();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
