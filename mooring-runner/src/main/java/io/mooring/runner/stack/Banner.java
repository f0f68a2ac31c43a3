package io.mooring.runner.stack;

import io.mooring.runner.data.DataFolder;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.Ports;
import io.mooring.runner.simulator.SimulatorWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a newcomer needs once Mooring is up: where everything is and how to begin. */
public final class Banner {
  private Banner() {}

  public static String of(
      Duration timeToReady, Ports ports, DataFolder data, SimulatorWorld world) {
    String gateway = ports.url(Endpoint.GATEWAY);
    String simulator = ports.url(Endpoint.SIMULATOR);
    StringBuilder text = new StringBuilder();
    text.append("\nMooring is ready (")
        .append(Stack.seconds(timeToReady))
        .append(" from start to every service ready).\n\n");
    row(text, "Gateway (REST API)", gateway, "Swagger UI: " + gateway + "/swagger-ui.html");
    row(
        text,
        "Graph simulator (Meta)",
        simulator,
        "demo world: " + simulator + "/_simulator/world");
    row(text, "Mailbox", ports.url(Endpoint.MAILBOX), "files: " + data.mailbox());
    row(text, "Kafka", "localhost:" + ports.of(Endpoint.KAFKA), "");
    row(
        text,
        "MongoDB",
        "mongodb://localhost:" + ports.of(Endpoint.MONGODB),
        "a database per service (mooring-gateway, mooring-bm-connector, ...)");
    row(text, "SMTP", "localhost:" + ports.of(Endpoint.SMTP), "no authentication");
    row(
        text,
        "Services",
        "bm-connector "
            + ports.of(Endpoint.BM_CONNECTOR)
            + ", provisioner "
            + ports.of(Endpoint.PROVISIONER),
        "page worker "
            + ports.of(Endpoint.PAGE_WORKER)
            + ", notifications "
            + ports.of(Endpoint.NOTIFICATIONS)
            + " (reach them through the gateway)");
    row(text, "Logs", data.logs() + "/<service>.log", "");
    text.append("\nA token: the gateway's dev issuer signs one for any user you name")
        .append(" (roles ADMIN > MANAGER > VIEWER):\n")
        .append("  curl -s -X POST ")
        .append(gateway)
        .append("/dev/tokens -H 'Content-Type: application/json' \\\n")
        .append("    -d '{\"tenant\":\"demo\",\"user\":\"ana\",\"email\":\"ana@demo.example\",")
        .append("\"roles\":[\"ADMIN\"]}'\n")
        .append("Connect a Business Manager: POST ")
        .append(gateway)
        .append("/api/business-managers/connections with that token,\n")
        .append("  then open the loginUrl it returns: the simulator's login page, where you log in")
        .append(" as a client's admin:\n");
    for (String person : demoAdmins(world, 3)) {
      text.append("    ").append(person).append('\n');
    }
    text.append("The whole journey in one go (connect, System User, 500 pages, summary, email):\n")
        .append("  ./mooring demo        (or: java -jar mooring-runner/target/mooring-runner.jar")
        .append(" demo)\n")
        .append("Stop everything: Ctrl-C\n");
    return text.toString();
  }

  private static List<String> demoAdmins(SimulatorWorld world, int max) {
    List<String> people = new ArrayList<>();
    for (SimulatorWorld.ClientBusiness business : world.clientBusinesses()) {
      if (people.size() >= max || business.adminPersonIds().isEmpty()) {
        continue;
      }
      String admin = business.adminPersonIds().get(0);
      people.add(
          world.nameOf(admin)
              + " (admin of "
              + business.name()
              + ", "
              + business.ownedPageIds().size()
              + " pages)");
    }
    return people;
  }

  private static void row(StringBuilder text, String what, String where, String more) {
    text.append(String.format("  %-24s %-30s %s", what, where, more).stripTrailing()).append('\n');
  }
}
