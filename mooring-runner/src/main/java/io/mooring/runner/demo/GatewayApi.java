package io.mooring.runner.demo;

import io.mooring.runner.http.HttpJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Mooring's REST API as the demo uses it, always through the gateway. Every call expects one status
 * and turns anything else into a {@link DemoFailure} naming the call.
 */
final class GatewayApi {
  private final HttpJson http;
  private final String gateway;
  private String bearer;

  GatewayApi(HttpJson http, String gateway) {
    this.http = http;
    this.gateway = gateway;
  }

  /** Gets a token from the gateway's dev issuer and uses it from then on (never printed). */
  void logIn(String tenant, String user, String email) throws IOException {
    JsonNode token =
        expect(
                http.postJson(
                    gateway + "/dev/tokens",
                    null,
                    Map.of(
                        "tenant", tenant,
                        "user", user,
                        "email", email,
                        "roles", List.of("ADMIN"),
                        "ttlSeconds", 3600)),
                201,
                "POST /dev/tokens (is the gateway running with the dev-issuer profile?)")
            .json();
    bearer = token.path("accessToken").asString();
  }

  /** The login URL of a new connection attempt. */
  String startConnection() throws IOException {
    return expect(
            http.postJson(gateway + "/api/business-managers/connections", bearer, Map.of()),
            201,
            "POST /api/business-managers/connections")
        .json()
        .path("loginUrl")
        .asString();
  }

  /** Where Meta sends the browser back; public, the state says whose login it is. */
  JsonNode callback(String callbackUrl) throws IOException {
    return expect(http.get(callbackUrl, null), 200, "the gateway's login callback").json();
  }

  JsonNode choose(String attemptId, String businessManagerId) throws IOException {
    return expect(
            http.postJson(
                gateway + "/api/business-managers/connections/" + attemptId + "/choice",
                bearer,
                Map.of("businessManagerId", businessManagerId)),
            200,
            "choosing the Business Manager")
        .json();
  }

  void setUpSystemUser(String businessManagerId) throws IOException {
    HttpJson.Response setup =
        http.postJson(
            gateway + "/api/business-managers/" + businessManagerId + "/system-user",
            bearer,
            Map.of());
    if (setup.status() != 202 && setup.status() != 200) {
      throw new DemoFailure(
          "POST .../system-user answered " + setup.status() + ": " + abbreviate(setup.body()));
    }
  }

  JsonNode businessManager(String businessManagerId) throws IOException {
    return expect(
            http.get(gateway + "/api/business-managers/" + businessManagerId, bearer),
            200,
            "GET /api/business-managers/" + businessManagerId)
        .json();
  }

  JsonNode startJob(List<String> pageIds) throws IOException {
    return expect(
            http.postJson(
                gateway + "/api/enablement-jobs",
                bearer,
                Map.of("pageIds", pageIds, "dryRun", false)),
            202,
            "POST /api/enablement-jobs")
        .json();
  }

  JsonNode job(String jobId) throws IOException {
    return expect(
            http.get(gateway + "/api/enablement-jobs/" + jobId, bearer),
            200,
            "GET /api/enablement-jobs/" + jobId)
        .json();
  }

  JsonNode notifications() throws IOException {
    return expect(
            http.get(gateway + "/api/notifications?page=0&size=20", bearer),
            200,
            "GET /api/notifications")
        .json()
        .path("items");
  }

  void downloadReport(String jobId, Path file) throws IOException {
    int status = http.download(gateway + "/api/reports/jobs/" + jobId + ".xlsx", bearer, file);
    if (status != 200) {
      throw new DemoFailure("GET /api/reports/jobs/" + jobId + ".xlsx answered " + status);
    }
  }

  private static HttpJson.Response expect(HttpJson.Response response, int status, String what) {
    if (response.status() != status) {
      throw new DemoFailure(
          what + " answered " + response.status() + ": " + abbreviate(response.body()));
    }
    return response;
  }

  static String abbreviate(String body) {
    return body.length() > 400 ? body.substring(0, 400) + "..." : body;
  }
}
