package io.mooring.runner.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

  /** Every endpoint on a port that is free right now. */
  private static Ports freePorts() {
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

  @Test
  void freePortsGiveNoProblem() {
    assertThat(PortCheck.problems(freePorts())).isEmpty();
  }

  @Test
  void aPortHeldOnLoopbackIsTakenAndTheLineNamesWhatWantedIt() throws IOException {
    Ports ports = freePorts();
    int kafka = ports.of(Endpoint.KAFKA);
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), kafka));

      assertThat(PortCheck.isFree(kafka)).isFalse();
      assertThat(PortCheck.problems(ports))
          .containsExactly(
              "Port "
                  + kafka
                  + " is already in use, and the Kafka broker needs it. Stop what uses it, or"
                  + " start with --port.kafka=<another port>.");
    }
    assertThat(PortCheck.isFree(kafka)).isTrue();
  }

  @Test
  void aPortHeldOnEveryAddressIsTaken() throws IOException {
    Ports ports = freePorts();
    try (ServerSocket squatter = new ServerSocket(ports.of(Endpoint.GATEWAY))) {
      assertThat(PortCheck.problems(ports))
          .singleElement()
          .asString()
          .contains("the API gateway")
          .contains("--port.gateway=");
    }
  }

  @Test
  void reportsEveryTakenPortNotJustTheFirst() throws IOException {
    Ports ports = freePorts();
    try (ServerSocket a = new ServerSocket(ports.of(Endpoint.SMTP));
        ServerSocket b = new ServerSocket(ports.of(Endpoint.MONGODB))) {
      assertThat(PortCheck.problems(ports)).hasSize(2);
    }
  }
}
