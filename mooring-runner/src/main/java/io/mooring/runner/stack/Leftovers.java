package io.mooring.runner.stack;

import io.mooring.runner.data.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The children of a runner that was killed outright (kill -9 leaves no time to stop them) keep
 * running and hold their ports. Their pids are written to the data folder, so the next start on
 * that folder can stop them — only those still running one of Mooring's jars, so a reused pid is
 * never touched.
 */
public final class Leftovers {
  private final Path file;

  public Leftovers(DataFolder data) {
    this.file = data.root().resolve("children.pids");
  }

  public void record(long pid) {
    try {
      Files.writeString(
          file,
          pid + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets the pids: the children were stopped. */
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Harmless: the next start only checks whether those pids still run Mooring jars.
    }
  }

  /**
   * Stops the leftovers (SIGTERM, then SIGKILL after {@code grace}) and forgets them; returns their
   * pids.
   */
  public List<Long> stopAll(Duration grace) {
    List<Long> pids = stillRunning();
    List<ProcessHandle> processes =
        pids.stream().map(ProcessHandle::of).flatMap(Optional::stream).toList();
    processes.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle process : processes) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        process.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        process.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
    clear();
    return pids;
  }

  /** The recorded pids that are still alive and still run one of Mooring's jars. */
  public List<Long> stillRunning() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Long> alive = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        long pid = Long.parseLong(line.trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()
            && process.get().isAlive()
            && process.get().info().commandLine().map(Leftovers::isMooring).orElse(false)) {
          alive.add(pid);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return List.of();
    }
    return alive;
  }

  private static boolean isMooring(String commandLine) {
    return ServiceCatalog.ALL_MODULES.stream()
        .anyMatch(module -> commandLine.contains("/" + module + "/target/" + module + "-"));
  }
}
