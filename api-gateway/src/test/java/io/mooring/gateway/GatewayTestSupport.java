package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.gateway.testing.Downstreams;
import io.mooring.gateway.testing.HttpResponse;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.platform.identity.Role;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway with its dev issuer, in front of the real bm-connector-service and stand-ins for the
 * services not built yet; every test class extending this shares one context. Each test uses
 * tenants of its own, so tests do not see each other's data or rate limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMooringInfrastructure
@ActiveProfiles("dev-issuer")
@TestPropertySource(
    properties = {
      "mooring.gateway.rate-limit.capacity=" + GatewayTestSupport.RATE_LIMIT,
      "mooring.gateway.rate-limit.period=1h",
      "management.tracing.sampling.probability=1.0"
    })
public abstract class GatewayTestSupport {
  /** Requests a tenant may make per hour in these tests (one more every 90 s). */
  public static final int RATE_LIMIT = 40;

  private static final List<String> LOGIN_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement");

  protected static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("mooring.gateway.downstream.bm-connector", Downstreams::bmConnector);
    registry.add(
        "mooring.gateway.downstream.page-subscription-worker",
        () -> Downstreams.pageWorker().baseUrl());
    registry.add(
        "mooring.gateway.downstream.notification-service",
        () -> Downstreams.notifications().baseUrl());
  }

  /**
   * Connects one of the simulator's client Business Managers for the admin's tenant, as a person
   * would: start the login through the gateway, log in at "Meta", and come back through the
   * gateway's public callback (no access token: the browser comes from Meta).
   */
  protected String connectBusinessManager(String adminToken, int business) throws Exception {
    DemoWorld.ClientBusiness client =
        Downstreams.simulator().world().clientBusinesses().get(business);
    HttpResponse started =
        post(
            "/api/business-managers/connections",
            adminToken,
            "{\"businessManagerId\":\"" + client.id() + "\"}");
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    String loginUrl = started.body().path("loginUrl").asString();
    String state =
        UriComponentsBuilder.fromUriString(loginUrl).build().getQueryParams().getFirst("state");
    String code =
        Downstreams.simulator()
            .issueLoginCode(
                client.adminPersonIds().get(0), LOGIN_SCOPES, Downstreams.LOGIN_REDIRECT_URI);
    HttpResponse connected =
        get(
            "/api/business-managers/connections/callback?state="
                + URLEncoder.encode(
                    URLDecoder.decode(state, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                + "&code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8),
            null);
    assertThat(connected.status()).as(connected.text()).isEqualTo(200);
    assertThat(connected.body().path("status").asString()).isEqualTo("CONNECTED");
    return client.id();
  }

  /** An access token from the dev issuer, as the embedded run's login would hand out. */
  protected String token(String tenant, String user, Role... roles) throws Exception {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("tenant", tenant);
    request.put("user", user);
    request.put("email", user + "@" + tenant + ".example");
    request.put("roles", Arrays.stream(roles).map(Role::name).toList());
    HttpResponse issued = post("/dev/tokens", null, JSON.writeValueAsString(request));
    assertThat(issued.status()).as("dev token: %s", issued.text()).isEqualTo(201);
    return issued.body().path("accessToken").asString();
  }

  protected HttpResponse get(String path, String token, String... headers) throws Exception {
    return send(request(path, token, headers).GET());
  }

  protected HttpResponse post(String path, String token, String json, String... headers)
      throws Exception {
    HttpRequest.Builder request = request(path, token, headers);
    if (json == null) {
      return send(request.POST(HttpRequest.BodyPublishers.noBody()));
    }
    return send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  protected HttpResponse send(HttpRequest.Builder request) throws Exception {
    java.net.http.HttpResponse<String> response =
        HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    JsonNode body;
    try {
      body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (RuntimeException notJson) {
      body = JSON.createObjectNode();
    }
    return new HttpResponse(response.statusCode(), response.headers(), response.body(), body);
  }

  /** A request to the gateway; {@code headers} are name, value pairs. */
  protected HttpRequest.Builder request(String path, String token, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  protected URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Asserts the answer is one of the gateway's problems, with its status and a trace id. */
  protected static void assertProblem(HttpResponse response, int status) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().path("status").asInt()).isEqualTo(status);
    assertThat(response.body().path("type").asString()).startsWith("https://mooring.io/problems/");
    assertThat(response.body().path("traceId").asString())
        .matches("[0-9a-f]{32}")
        .isEqualTo(response.header("X-Trace-Id"));
  }
}
