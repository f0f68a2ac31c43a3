package io.mooring.testsupport;

import java.util.Locale;

/** Where integration tests find Kafka and MongoDB. */
public enum InfrastructureMode {
  /** A real Kafka broker (KRaft) and a MongoDB wire-protocol server inside the test JVM. */
  IN_PROCESS,
  /** Testcontainers Kafka and MongoDB (replica set); needs a Docker engine. */
  CONTAINERS;

  /** The mode chosen with {@code -Dmooring.test.infrastructure=containers}, else in-process. */
  public static InfrastructureMode fromSystemProperty() {
    String value = System.getProperty("mooring.test.infrastructure", "in-process");
    return value.toLowerCase(Locale.ROOT).startsWith("container") ? CONTAINERS : IN_PROCESS;
  }
}
