package io.mooring.runner.stack;

import io.mooring.runner.data.DataFolder;
import io.mooring.runner.data.DataLock;
import io.mooring.runner.data.DevSecrets;
import io.mooring.runner.http.HttpJson;
import io.mooring.runner.infra.Infrastructure;
import io.mooring.runner.ports.Ports;
import io.mooring.runner.simulator.SimulatorWorld;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * All of Mooring on one machine: the infrastructure in this JVM, the simulator and the five
 * services in their own. Starts in dependency order and stops in reverse, once.
 */
public final class Stack {
  /** How long the children get to stop by themselves before they are killed. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final Checkout checkout;
  private final DataFolder data;
  private final Ports ports;
  private final ServiceCatalog catalog;
  private final DataLock lock;
  private final PrintStream out;
  private final HttpJson http = new HttpJson();
  private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Leftovers leftovers;
  private volatile boolean stopping;
  private Infrastructure infrastructure;
  private SimulatorWorld world;

  public Stack(
      Checkout checkout,
      DataFolder data,
      Ports ports,
      DevSecrets secrets,
      DataLock lock,
      PrintStream out) {
    this.checkout = checkout;
    this.data = data;
    this.ports = ports;
    this.catalog = new ServiceCatalog(ports, secrets);
    this.lock = lock;
    this.out = out;
    this.leftovers = new Leftovers(data);
    leftovers.clear();
  }

  /** Starts everything and returns how long it took until every service was ready. */
  public Duration start(Duration readyTimeout) {
    long start = System.nanoTime();
    Readiness readiness = new Readiness(http, ports);
    out.println("Starting Mooring from " + checkout.home() + " (data: " + data.root() + ")");

    // The simulator's JVM starts while this one brings up the broker and the store.
    ChildProcess simulator = launch(catalog.simulator());
    long phase = System.nanoTime();
    infrastructure = Infrastructure.start(data, ports);
    out.println(
        "  ok  Kafka broker, MongoDB-protocol store, SMTP server and mailbox ("
            + seconds(Duration.ofNanos(System.nanoTime() - phase))
            + ")");

    readiness.await(List.of(simulator), start, readyTimeout, this::ready);
    try {
      world =
          SimulatorWorld.fetch(
              http, "http://127.0.0.1:" + ports.of(simulator.definition().endpoint()));
    } catch (IOException e) {
      throw new StartFailure(
          "cannot read the simulator's demo world: " + e.getMessage(), List.of());
    }

    List<ChildProcess> services = new ArrayList<>();
    for (ServiceDefinition service : catalog.services(world.partnerBusinessId())) {
      services.add(launch(service));
    }
    Duration left = readyTimeout.minus(Duration.ofNanos(System.nanoTime() - start));
    readiness.await(services, start, left.isNegative() ? Duration.ZERO : left, this::ready);
    children.forEach(this::reportUnexpectedExit);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private ChildProcess launch(ServiceDefinition definition) {
    ChildProcess child =
        ChildProcess.start(
            definition,
            checkout.jar(definition.module()),
            data.log(definition.module()),
            data.root());
    children.add(child);
    leftovers.record(child.pid());
    return child;
  }

  private void ready(ChildProcess child, Duration sinceStart) {
    out.println(
        String.format(
            Locale.ROOT,
            "  ok  %-26s %-24s (ready at %s)",
            child.name(),
            ports.url(child.definition().endpoint()),
            seconds(sinceStart)));
  }

  private void reportUnexpectedExit(ChildProcess child) {
    child
        .process()
        .onExit()
        .thenAccept(
            process -> {
              if (!stopping && children.contains(child)) {
                out.println(
                    "!!  "
                        + child.name()
                        + " exited (code "
                        + process.exitValue()
                        + ") while Mooring was running. Its log: "
                        + child.log());
              }
            });
  }

  public List<ChildProcess> children() {
    return List.copyOf(children);
  }

  /** The running child of {@code module}. */
  public ChildProcess child(String module) {
    return children.stream()
        .filter(child -> child.name().equals(module))
        .reduce((first, later) -> later)
        .orElseThrow(() -> new IllegalArgumentException("no child named " + module));
  }

  /**
   * Kills {@code module} without warning (SIGKILL: no shutdown hook, no graceful stop), as a crash
   * or an OOM killer would, and waits until it is gone.
   */
  public void kill(String module) {
    ChildProcess child = child(module);
    out.println("!!  killing " + module + " (pid " + child.pid() + ")");
    child.process().destroyForcibly();
    child.awaitStop(Duration.ofSeconds(10));
  }

  /** Starts {@code module} again with the same configuration and waits until it is ready. */
  public Duration restart(String module, Duration readyTimeout) {
    ChildProcess previous = child(module);
    if (previous.isAlive()) {
      previous.requestStop();
      previous.awaitStop(STOP_GRACE);
    }
    children.remove(previous);
    long start = System.nanoTime();
    ChildProcess child = launch(previous.definition());
    new Readiness(http, ports).await(List.of(child), start, readyTimeout, this::ready);
    reportUnexpectedExit(child);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Stops the Kafka broker and starts it again on the same port and log, as a broker restart. */
  public Duration restartBroker() {
    long start = System.nanoTime();
    out.println("!!  restarting the Kafka broker");
    infrastructure.restartKafka();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    out.println("  ok  Kafka broker back (" + seconds(took) + ")");
    return took;
  }

  public String kafkaBootstrapServers() {
    return infrastructure.kafka().bootstrapServers();
  }

  public SimulatorWorld world() {
    return world;
  }

  public DataFolder data() {
    return data;
  }

  public Ports ports() {
    return ports;
  }

  /** Blocks until {@link #stop()} has finished. */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops the children (SIGTERM, then kill after {@link #STOP_GRACE}), then the broker, store and
   * mail server, then releases the data folder. Safe to call twice and from a shutdown hook.
   */
  public synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    long start = System.nanoTime();
    out.println();
    out.println("Stopping Mooring...");
    children.forEach(ChildProcess::requestStop);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (ChildProcess child : children) {
      boolean clean = child.awaitStop(Duration.ofNanos(deadline - System.nanoTime()));
      if (!clean) {
        out.println(
            "  " + child.name() + " did not stop within " + STOP_GRACE.toSeconds() + " s: killed");
      }
    }
    leftovers.clear();
    if (infrastructure != null) {
      infrastructure.close();
    }
    try {
      lock.close();
    } catch (IOException e) {
      out.println("  could not release " + data.root() + "/runner.lock: " + e.getMessage());
    }
    out.println("Stopped (" + seconds(Duration.ofNanos(System.nanoTime() - start)) + ").");
    stopped.countDown();
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
