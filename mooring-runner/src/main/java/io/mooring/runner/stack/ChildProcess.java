package io.mooring.runner.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/** A service (or the simulator) in its own JVM, its output streamed to its log file. */
public final class ChildProcess {
  /**
   * Small, quick-starting JVMs: a laptop runs six of them. C1 only and the serial collector cost
   * peak throughput, which a development stack does not need.
   */
  public static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xss512k",
          "-Xmx512m",
          "-Dfile.encoding=UTF-8");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final ServiceDefinition definition;
  private final Process process;
  private final Path log;

  private ChildProcess(ServiceDefinition definition, Process process, Path log) {
    this.definition = definition;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code java -jar <jar> <arguments>} with the definition's secrets in its environment.
   */
  public static ChildProcess start(
      ServiceDefinition definition, Path jar, Path log, Path workingDirectory) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(definition.arguments());
    try {
      keepPrevious(log);
      Files.writeString(
          log,
          "# "
              + Instant.now()
              + " started by the Mooring runner: "
              + String.join(" ", command)
              + "\n",
          StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.PIPE);
      Map<String, String> environment = builder.environment();
      environment.put("MOORING_DATA_DIR", workingDirectory.toString());
      environment.remove("SPRING_APPLICATION_JSON");
      if (!definition.secrets().isEmpty()) {
        environment.put("SPRING_APPLICATION_JSON", JSON.writeValueAsString(definition.secrets()));
      }
      return new ChildProcess(definition, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + definition.module(), e);
    }
  }

  /** The previous run's log stays beside the new one, once. */
  private static void keepPrevious(Path log) throws IOException {
    if (Files.exists(log)) {
      String name = log.getFileName().toString().replaceFirst("\\.log$", ".previous.log");
      Files.move(log, log.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public ServiceDefinition definition() {
    return definition;
  }

  public String name() {
    return definition.module();
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public int exitValue() {
    return process.exitValue();
  }

  public Process process() {
    return process;
  }

  /** Asks the JVM to stop (SIGTERM: Spring Boot shuts down gracefully). */
  public void requestStop() {
    process.destroy();
  }

  /** Waits up to {@code grace} for the exit, then kills it. True if it stopped by itself. */
  public boolean awaitStop(Duration grace) {
    try {
      if (process.waitFor(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS)) {
        return true;
      }
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }

  /** The last lines of its log, to show why it failed. */
  public List<String> tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return all.subList(Math.max(0, all.size() - lines), all.size());
    } catch (IOException | UncheckedIOException e) {
      return List.of("(cannot read " + log + ")");
    }
  }
}
