package io.mooring.runner.cli;

import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code [start|demo|help] [--option=value]...}. */
public final class ArgumentParser {
  public static final Path DEFAULT_DATA_DIR = Path.of(".mooring");
  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(5);
  public static final int DEFAULT_DEMO_PAGES = 500;
  private static final String PORT_PREFIX = "--port.";

  private ArgumentParser() {}

  public static RunnerArguments parse(List<String> args) {
    Command command = Command.START;
    boolean commandSeen = false;
    Path dataDir = DEFAULT_DATA_DIR;
    Path home = null;
    Duration readyTimeout = DEFAULT_READY_TIMEOUT;
    int demoPages = DEFAULT_DEMO_PAGES;
    String demoTenant = null;
    Map<Endpoint, Integer> portOverrides = new EnumMap<>(Endpoint.class);

    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        command = Command.HELP;
        continue;
      }
      if (!arg.startsWith("--")) {
        if (commandSeen) {
          throw new UsageException("Only one command, please: got '" + arg + "' after a command.");
        }
        commandSeen = true;
        if (command != Command.HELP) {
          command = command(arg);
        }
        continue;
      }
      int equals = arg.indexOf('=');
      if (equals < 0) {
        throw new UsageException("Options take a value: " + arg + "=<value>.");
      }
      String name = arg.substring(0, equals);
      String value = arg.substring(equals + 1);
      if (name.startsWith(PORT_PREFIX)) {
        Endpoint endpoint = Endpoint.byKey(name.substring(PORT_PREFIX.length()));
        if (endpoint == null) {
          throw new UsageException("Unknown port " + name + "; the ports are " + portNames() + ".");
        }
        portOverrides.put(endpoint, port(name, value));
        continue;
      }
      switch (name) {
        case "--data" -> dataDir = Path.of(nonBlank(name, value));
        case "--home" -> home = Path.of(nonBlank(name, value));
        case "--timeout" -> readyTimeout = Duration.ofSeconds(positive(name, value));
        case "--pages" -> demoPages = pages(value);
        case "--tenant" -> demoTenant = tenant(value);
        default -> throw new UsageException("Unknown option " + name + ". Try --help.");
      }
    }
    Ports ports = Ports.withOverrides(portOverrides);
    requireDistinct(ports);
    return new RunnerArguments(command, dataDir, home, ports, readyTimeout, demoPages, demoTenant);
  }

  private static Command command(String arg) {
    return switch (arg) {
      case "start" -> Command.START;
      case "demo" -> Command.DEMO;
      case "help" -> Command.HELP;
      default ->
          throw new UsageException(
              "Unknown command '" + arg + "'. Commands: start (default), demo, help.");
    };
  }

  private static int port(String name, String value) {
    int port = positive(name, value);
    if (port > 65535) {
      throw new UsageException(name + " must be a port between 1 and 65535, not " + value + ".");
    }
    return port;
  }

  private static int positive(String name, String value) {
    try {
      int number = Integer.parseInt(value.trim());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new UsageException(name + " must be a positive whole number, not '" + value + "'.");
  }

  private static int pages(String value) {
    int pages = positive("--pages", value);
    if (pages > 10_000) {
      throw new UsageException("--pages: a job takes at most 10,000 pages, not " + value + ".");
    }
    return pages;
  }

  private static String tenant(String value) {
    if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new UsageException(
          "--tenant must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit.");
    }
    return value;
  }

  private static String nonBlank(String name, String value) {
    if (value.isBlank()) {
      throw new UsageException(name + " needs a value.");
    }
    return value;
  }

  private static void requireDistinct(Ports ports) {
    Map<Integer, Endpoint> seen = new HashMap<>();
    for (Map.Entry<Endpoint, Integer> entry : ports.asMap().entrySet()) {
      Endpoint other = seen.putIfAbsent(entry.getValue(), entry.getKey());
      if (other != null) {
        throw new UsageException(
            "Port "
                + entry.getValue()
                + " is given to both "
                + other.description()
                + " and "
                + entry.getKey().description()
                + ".");
      }
    }
  }

  private static String portNames() {
    StringBuilder names = new StringBuilder();
    for (Endpoint endpoint : Endpoint.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(PORT_PREFIX).append(endpoint.key());
    }
    return names.toString();
  }

  public static String usage() {
    StringBuilder ports = new StringBuilder();
    for (Endpoint endpoint : Endpoint.values()) {
      ports.append(
          String.format(
              "  --port.%-16s %-6d %s%n",
              endpoint.key() + "=N", endpoint.defaultPort(), endpoint.description()));
    }
    return """
        Usage: java -jar mooring-runner/target/mooring-runner.jar [start|demo|help] [options]
        (or ./mooring [options], which builds first)

          start   (default) start Kafka, the store, SMTP, the Graph simulator and the five services;
                  Ctrl-C stops everything
          demo    against a running Mooring: connect a Business Manager through the simulator's
                  login, set up its System User, enable pages in bulk, print the summary, report
                  and email
          help    this text

        Options:
          --data=DIR       data folder (default .mooring): Kafka log, store, mailbox, logs, dev secrets
          --home=DIR       the Mooring checkout whose built jars to run (default: where this jar is)
          --timeout=SEC    how long start waits for everything to be ready (default 300)
          --pages=N        demo: pages in the bulk job (default 500)
          --tenant=NAME    demo: the tenant (default: a new one per run)
        Ports (default, what):
        """
        + ports;
  }
}
