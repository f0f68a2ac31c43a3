package io.mooring.runner.ports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The port of every endpoint: the defaults, with the overrides given on the command line. */
public final class Ports {
  private final Map<Endpoint, Integer> ports;

  private Ports(Map<Endpoint, Integer> ports) {
    this.ports = Collections.unmodifiableMap(ports);
  }

  public static Ports defaults() {
    return withOverrides(Map.of());
  }

  public static Ports withOverrides(Map<Endpoint, Integer> overrides) {
    Map<Endpoint, Integer> ports = new EnumMap<>(Endpoint.class);
    for (Endpoint endpoint : Endpoint.values()) {
      ports.put(endpoint, overrides.getOrDefault(endpoint, endpoint.defaultPort()));
    }
    return new Ports(ports);
  }

  public int of(Endpoint endpoint) {
    return ports.get(endpoint);
  }

  /** {@code http://localhost:<port>} of an HTTP endpoint. */
  public String url(Endpoint endpoint) {
    return "http://localhost:" + of(endpoint);
  }

  public Map<Endpoint, Integer> asMap() {
    return ports;
  }
}
