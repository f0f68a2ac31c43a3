package io.mooring.graphsimulator.support;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import java.util.Map;

/** One simulator per test JVM (one Spring context); tests reset it before each test. */
public final class SharedSimulator {
  private static EmbeddedGraphSimulator instance;

  private SharedSimulator() {}

  public static synchronized EmbeddedGraphSimulator get() {
    if (instance == null) {
      instance = EmbeddedGraphSimulator.start(Map.of());
      Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
    }
    return instance;
  }
}
