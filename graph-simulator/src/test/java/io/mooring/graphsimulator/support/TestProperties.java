package io.mooring.graphsimulator.support;

import io.mooring.graphsimulator.config.SimulatorProperties;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@link SimulatorProperties} with their defaults, bound without a Spring context. */
public final class TestProperties {
  private TestProperties() {}

  public static SimulatorProperties withSeed(long seed) {
    return of(Map.of("mooring.simulator.world.seed", seed));
  }

  public static SimulatorProperties of(Map<String, Object> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("mooring.simulator", SimulatorProperties.class);
  }
}
