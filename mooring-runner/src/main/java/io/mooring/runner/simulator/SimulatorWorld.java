package io.mooring.runner.simulator;

import io.mooring.runner.http.HttpJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** The parts of the simulator's demo world ({@code GET /_simulator/world}) the runner uses. */
public record SimulatorWorld(
    String partnerBusinessId,
    List<ClientBusiness> clientBusinesses,
    List<String> pagesWithoutBusiness,
    String nonExistentPageId,
    List<String> appPlatformDisabledPages,
    Map<String, Person> persons) {

  /** A Mooring customer's Business Manager in the demo world. */
  public record ClientBusiness(
      String id,
      String name,
      List<String> adminPersonIds,
      List<String> ownedPageIds,
      List<String> clientPageIds,
      List<String> restrictedClientPageIds,
      List<String> adminPagesWithoutBusiness) {}

  /** Someone who can log in on the simulator's dialog. */
  public record Person(String id, String name, String email) {}

  public static SimulatorWorld fetch(HttpJson http, String simulatorUrl) throws IOException {
    HttpJson.Response response = http.get(simulatorUrl + "/_simulator/world", null);
    if (!response.ok()) {
      throw new IOException(
          "the simulator's admin API answered " + response.status() + " to /_simulator/world");
    }
    return of(response.json());
  }

  static SimulatorWorld of(JsonNode world) {
    List<ClientBusiness> clients = new ArrayList<>();
    for (JsonNode b : world.path("clientBusinesses")) {
      clients.add(
          new ClientBusiness(
              b.path("id").asString(),
              b.path("name").asString(),
              strings(b.path("adminPersonIds")),
              strings(b.path("ownedPageIds")),
              strings(b.path("clientPageIds")),
              strings(b.path("restrictedClientPageIds")),
              strings(b.path("adminPagesWithoutBusiness"))));
    }
    Map<String, Person> persons = new TreeMap<>();
    for (JsonNode p : world.path("persons")) {
      persons.put(
          p.path("id").asString(),
          new Person(
              p.path("id").asString(), p.path("name").asString(), p.path("email").asString()));
    }
    return new SimulatorWorld(
        world.path("partnerBusinessId").asString(),
        clients,
        strings(world.path("pagesWithoutBusiness")),
        world.path("nonExistentPageId").asString(),
        strings(world.path("appPlatformDisabledPages")),
        persons);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.asString());
    }
    return values;
  }

  public String nameOf(String personId) {
    Person person = persons.get(personId);
    return person == null ? personId : person.name();
  }
}
