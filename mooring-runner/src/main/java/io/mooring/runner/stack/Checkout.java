package io.mooring.runner.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The Mooring checkout whose built jars the runner starts: {@code <home>/<module>/target/<module>-
 * <version>.jar} (the simulator's runnable jar has the {@code exec} classifier).
 */
public record Checkout(Path home, String version) {
  public static final String SIMULATOR = "graph-simulator";

  /** The checkout given, or the one this runner was built in. */
  public static Checkout locate(Path home) {
    return new Checkout(
        (home != null ? home : fromRunnerLocation()).toAbsolutePath().normalize(), runnerVersion());
  }

  /** {@code <home>/mooring-runner/target/mooring-runner.jar} (or {@code target/classes}). */
  private static Path fromRunnerLocation() {
    try {
      Path location =
          Path.of(Checkout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = location.getParent();
      return target.getParent().getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("");
    }
  }

  static String runnerVersion() {
    Properties properties = new Properties();
    try (InputStream in = Checkout.class.getResourceAsStream("runner.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "0.1.0-SNAPSHOT");
  }

  public Path jar(String module) {
    String classifier = SIMULATOR.equals(module) ? "-exec" : "";
    return home.resolve(module)
        .resolve("target")
        .resolve(module + "-" + version + classifier + ".jar");
  }

  /** The jars of {@code modules} that are not built, as paths relative to the checkout. */
  public List<Path> missingJars(List<String> modules) {
    List<Path> missing = new ArrayList<>();
    for (String module : modules) {
      Path jar = jar(module);
      if (!Files.isRegularFile(jar)) {
        missing.add(home.relativize(jar));
      }
    }
    return missing;
  }
}
