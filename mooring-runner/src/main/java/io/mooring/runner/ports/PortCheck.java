package io.mooring.runner.ports;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the ports that something else already holds, before anything starts, so that a clash is one
 * clear sentence rather than a stack trace from whichever component loses the race.
 */
public final class PortCheck {
  private PortCheck() {}

  /** One line per port that is taken, naming what wanted it; empty when all are free. */
  public static List<String> problems(Ports ports) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Endpoint, Integer> entry : ports.asMap().entrySet()) {
      if (!isFree(entry.getValue())) {
        problems.add(takenMessage(entry.getKey(), entry.getValue()));
      }
    }
    return problems;
  }

  static String takenMessage(Endpoint endpoint, int port) {
    return "Port "
        + port
        + " is already in use, and "
        + endpoint.description()
        + " needs it. Stop what uses it, or start with --port."
        + endpoint.key()
        + "=<another port>.";
  }

  /** Free when both the wildcard and the loopback address can bind it. */
  public static boolean isFree(int port) {
    return canBind(new InetSocketAddress(port))
        && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  private static boolean canBind(InetSocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(address);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port the operating system says is free now (for the broker's controller and for tests). */
  public static int anyFreePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port on the loopback address", e);
    }
  }
}
