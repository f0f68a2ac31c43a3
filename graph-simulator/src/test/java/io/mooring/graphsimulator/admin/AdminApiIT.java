package io.mooring.graphsimulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API over HTTP: every change shows in the state it answers with. */
class AdminApiIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void reset() throws Exception {
    assertThat(call("POST", "/reset", null).path("faults")).isEmpty();
  }

  @Test
  void faultsCanBeAddedListedAndRemoved() throws Exception {
    JsonNode created =
        call("POST", "/faults", "{\"operation\":\"me\",\"code\":2,\"rate\":1.0,\"count\":3}");
    String id = created.path("id").asString();
    JsonNode fault = created.path("faults").get(0);
    assertThat(fault.path("operation").asString()).isEqualTo("me");
    assertThat(fault.path("remaining").asInt()).isEqualTo(3);
    String token = sim.issueUserToken(sim.world().partnerAdminPersonId(), OboFixture.ADMIN_SCOPES);
    assertThat(graph.get("/me", token).errorCode()).isEqualTo(2);
    assertThat(call("GET", "/state", null).path("faults").get(0).path("fired").asInt())
        .isEqualTo(1);
    assertThat(call("DELETE", "/faults/" + id, null).path("faults")).isEmpty();
    assertThat(graph.get("/me", token).ok()).isTrue();
  }

  @Test
  void worldChangesShowInTheState() throws Exception {
    var client = sim.world().clientBusinesses().get(0);
    String page = sim.world().pagesOwnedBy(client.id()).get(0);
    String person = client.adminPersonIds().get(0);
    String token = sim.issueUserToken(person, OboFixture.ADMIN_SCOPES);

    assertThat(
            call("PUT", "/latency", "{\"fixedMs\":5,\"jitterMs\":2}")
                .path("latency")
                .path("fixedMs")
                .asInt())
        .isEqualTo(5);
    assertThat(
            call("POST", "/tokens/revoke", "{\"token\":\"" + token + "\"}").path("revokedTokens"))
        .hasSize(1);
    assertThat(
            call("POST", "/persons/" + person + "/password-change", null)
                .path("passwordChanges")
                .path(person)
                .asInt())
        .isEqualTo(1);
    assertThat(
            call("DELETE", "/pages/" + page + "/roles/" + client.employeePersonIds().get(0), null)
                .path("removedPageRoles")
                .toString())
        .contains(page);
    assertThat(
            call("PUT", "/pages/" + page + "/app-platform", "{\"enabled\":false}")
                .path("appPlatformDisabledPages")
                .toString())
        .contains(page);
    JsonNode limits =
        call("PUT", "/rate-limits", "{\"windowSeconds\":60,\"pageCallsPerWindow\":7}")
            .path("rateLimits");
    assertThat(limits.path("windowSeconds").asInt()).isEqualTo(60);
    assertThat(limits.path("pageCallsPerWindow").asInt()).isEqualTo(7);
    assertThat(
            call("PUT", "/rate-limits/pages/" + page, "{\"callsPerWindow\":3}")
                .path("rateLimits")
                .path("pageBudgets")
                .path(page)
                .asInt())
        .isEqualTo(3);
    assertThat(
            call("POST", "/clock/advance", "{\"seconds\":120}").path("clockOffsetSeconds").asInt())
        .isEqualTo(120);
    assertThat(
            call("PUT", "/app/require-app-secret", "{\"enabled\":false}")
                .path("requireAppSecret")
                .asBoolean())
        .isFalse();
    assertThat(
            call("PUT", "/businesses/" + client.id() + "/system-user-cap", "{\"cap\":2}")
                .path("systemUserCapOverrides")
                .path(client.id())
                .asInt())
        .isEqualTo(2);
    JsonNode afterReset = call("POST", "/reset", null);
    assertThat(afterReset.path("appPlatformDisabledPages").toString()).doesNotContain(page);
    assertThat(afterReset.path("clockOffsetSeconds").asInt()).isZero();
  }

  @Test
  void tokensAndCodesCanBeIssued() throws Exception {
    String person = sim.world().clientBusinesses().get(1).adminPersonIds().get(0);
    String token =
        call(
                "POST",
                "/user-tokens",
                "{\"personId\":\"" + person + "\",\"scopes\":[\"business_management\"]}")
            .path("access_token")
            .asString();
    assertThat(graph.get("/me", token).body().path("id").asString()).isEqualTo(person);
    String code =
        call(
                "POST",
                "/login-codes",
                "{\"personId\":\"" + person + "\",\"redirectUri\":\"https://x.example/cb\"}")
            .path("code")
            .asString();
    assertThat(code).isNotBlank();
  }

  @Test
  void worldViewListsCategories() throws Exception {
    JsonNode world = call("GET", "/world", null);
    assertThat(world.path("totalPages").asInt()).isGreaterThanOrEqualTo(2000);
    assertThat(world.path("clientBusinesses").get(0).path("ownedPageIds").size()).isPositive();
    assertThat(world.path("pagesWithoutBusiness").size()).isPositive();
  }

  @Test
  void unknownIdsAre404AndBadInputIs400() throws Exception {
    assertThat(status("POST", "/persons/1/password-change", null)).isEqualTo(404);
    assertThat(status("POST", "/faults", "{\"operation\":\"me\",\"code\":2,\"rate\":3}"))
        .isEqualTo(400);
  }

  private JsonNode call(String method, String path, String json) throws Exception {
    HttpResponse<String> response = send(method, path, json);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return JSON.readTree(response.body());
  }

  private int status(String method, String path, String json) throws Exception {
    return send(method, path, json).statusCode();
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/_simulator" + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
