package io.mooring.runner.demo;

import io.mooring.runner.http.HttpJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Mooring's REST API as the demo uses it, always through the gateway. Every call expects one status
 * and turns anything else into a {@link DemoFailure} naming the call.
 */
public final class GatewayApi {
  /** The largest page of results Mooring's list endpoints give. */
  private static final int PAGE_SIZE = 1000;

  private final HttpJson http;
  private final String gateway;
  private String bearer;

  public GatewayApi(HttpJson http, String gateway) {
    this.http = http;
    this.gateway = gateway;
  }

  /** Gets a token from the gateway's dev issuer and uses it from then on (never printed). */
  public void logIn(String tenant, String user, String email) throws IOException {
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
  public String startConnection() throws IOException {
    return expect(
            http.postJson(gateway + "/api/business-managers/connections", bearer, Map.of()),
            201,
            "POST /api/business-managers/connections")
        .json()
        .path("loginUrl")
        .asString();
  }

  /** Where Meta sends the browser back; public, the state says whose login it is. */
  public JsonNode callback(String callbackUrl) throws IOException {
    return expect(http.get(callbackUrl, null), 200, "the gateway's login callback").json();
  }

  public JsonNode choose(String attemptId, String businessManagerId) throws IOException {
    return expect(
            http.postJson(
                gateway + "/api/business-managers/connections/" + attemptId + "/choice",
                bearer,
                Map.of("businessManagerId", businessManagerId)),
            200,
            "choosing the Business Manager")
        .json();
  }

  public void setUpSystemUser(String businessManagerId) throws IOException {
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

  public JsonNode businessManager(String businessManagerId) throws IOException {
    return expect(
            http.get(gateway + "/api/business-managers/" + businessManagerId, bearer),
            200,
            "GET /api/business-managers/" + businessManagerId)
        .json();
  }

  /**
   * The tenant's Business Managers matching {@code query} (e.g. {@code systemUserEnabled=true}).
   */
  public List<JsonNode> businessManagers(String query) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    expect(
            http.get(gateway + "/api/business-managers?size=200&" + query, bearer),
            200,
            "GET /api/business-managers?" + query)
        .json()
        .path("items")
        .forEach(all::add);
    return all;
  }

  public JsonNode startJob(List<String> pageIds) throws IOException {
    return expect(
            http.postJson(
                gateway + "/api/enablement-jobs",
                bearer,
                Map.of("pageIds", pageIds, "dryRun", false)),
            202,
            "POST /api/enablement-jobs")
        .json();
  }

  public JsonNode job(String jobId) throws IOException {
    return expect(
            http.get(gateway + "/api/enablement-jobs/" + jobId, bearer),
            200,
            "GET /api/enablement-jobs/" + jobId)
        .json();
  }

  public JsonNode notifications() throws IOException {
    return notifications(20);
  }

  /** The newest {@code size} in-app notifications of the logged-in person. */
  public JsonNode notifications(int size) throws IOException {
    return expect(
            http.get(gateway + "/api/notifications?page=0&size=" + size, bearer),
            200,
            "GET /api/notifications")
        .json()
        .path("items");
  }

  /** Every page of a job (all of them, page after page), optionally of one status. */
  public List<JsonNode> jobPages(String jobId, String status) throws IOException {
    String filter = status == null ? "" : "&status=" + status;
    return collect(
        page ->
            expect(
                    http.get(
                        gateway
                            + "/api/enablement-jobs/"
                            + jobId
                            + "/pages?size="
                            + PAGE_SIZE
                            + "&page="
                            + page
                            + filter,
                        bearer),
                    200,
                    "GET /api/enablement-jobs/" + jobId + "/pages")
                .json());
  }

  /** The tenant's pages matching {@code query} (e.g. {@code movedToSystemUser=true}). */
  public List<JsonNode> pages(String query) throws IOException {
    return collect(
        page ->
            expect(
                    http.get(
                        gateway + "/api/pages?size=" + PAGE_SIZE + "&page=" + page + "&" + query,
                        bearer),
                    200,
                    "GET /api/pages?" + query)
                .json()
                .path("items"));
  }

  /** One page of results. */
  private interface PageOfResults {
    JsonNode fetch(int page) throws IOException;
  }

  private static List<JsonNode> collect(PageOfResults results) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode items = results.fetch(page);
      items.forEach(all::add);
      if (items.size() < PAGE_SIZE) {
        return all;
      }
    }
  }

  public void downloadReport(String jobId, Path file) throws IOException {
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
