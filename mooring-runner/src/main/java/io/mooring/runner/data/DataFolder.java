package io.mooring.runner.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The layout of the data folder ({@code .mooring/} by default); everything survives a restart. */
public record DataFolder(Path root) {
  public DataFolder {
    root = root.toAbsolutePath().normalize();
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path log(String name) {
    return logs().resolve(name + ".log");
  }

  public Path kafka() {
    return root.resolve("kafka");
  }

  /** The H2 file of the MongoDB-protocol store. */
  public Path mongoFile() {
    return root.resolve("mongo.mv");
  }

  /** One {@code .eml} file per received email. */
  public Path mailbox() {
    return root.resolve("mailbox");
  }

  public Path secrets() {
    return root.resolve("secrets");
  }

  /** Reports the demo downloads. */
  public Path reports() {
    return root.resolve("reports");
  }

  public DataFolder create() {
    try {
      for (Path dir : new Path[] {root, logs(), kafka(), mailbox(), secrets(), reports()}) {
        Files.createDirectories(dir);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + root, e);
    }
  }
}
