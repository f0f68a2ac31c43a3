package io.mooring.runner;

import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.PortCheck;
import io.mooring.runner.ports.Ports;
import java.util.EnumMap;
import java.util.Map;

/** A distinct free port for every endpoint, so a test stack never meets a running one. */
public final class FreePorts {
  private FreePorts() {}

  public static Ports pick() {
    Map<Endpoint, Integer> ports = new EnumMap<>(Endpoint.class);
    for (Endpoint endpoint : Endpoint.values()) {
      int port;
      do {
        port = PortCheck.anyFreePort();
      } while (ports.containsValue(port));
      ports.put(endpoint, port);
    }
    return Ports.withOverrides(ports);
  }
}
