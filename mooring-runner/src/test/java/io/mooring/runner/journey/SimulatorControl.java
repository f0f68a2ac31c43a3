package io.mooring.runner.journey;

import io.mooring.runner.http.HttpJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The simulator's admin API ({@code /_simulator/**}): faults, latency and accidents. */
final class SimulatorControl {
  private final HttpJson http;
  private final String baseUrl;

  SimulatorControl(HttpJson http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl + "/_simulator";
  }

  /** The next {@code count} calls of {@code operation} answer Meta's error {@code code}. */
  void injectError(String operation, int code, int count) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("operation", operation);
    body.put("code", code);
    body.put("count", count);
    expectOk(post("/faults", body), "POST /faults");
  }

  /** Injected errors that have not fired all their times yet. */
  List<JsonNode> pendingFaults() {
    List<JsonNode> pending = new ArrayList<>();
    for (JsonNode fault : state().path("faults")) {
      if (fault.path("remaining").asInt(0) > 0) {
        pending.add(fault);
      }
    }
    return pending;
  }

  void clearFaults() {
    try {
      expectOk(http.delete(baseUrl + "/faults"), "DELETE /faults");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every Graph call takes at least {@code fixedMs}. */
  void latency(int fixedMs) {
    expectOk(
        put("/latency", Map.of("operation", "*", "fixedMs", fixedMs, "jitterMs", 0)),
        "PUT /latency");
  }

  /** The person changes their Facebook password: every token of theirs stops working. */
  void changePassword(String personId) {
    expectOk(post("/persons/" + personId + "/password-change", Map.of()), "password change");
  }

  JsonNode state() {
    try {
      return expectOk(http.get(baseUrl + "/state", null), "GET /state").json();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpJson.Response post(String path, Object body) {
    try {
      return http.postJson(baseUrl + path, null, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpJson.Response put(String path, Object body) {
    try {
      return http.putJson(baseUrl + path, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpJson.Response expectOk(HttpJson.Response response, String what) {
    if (!response.ok()) {
      throw new IllegalStateException(
          "simulator " + what + " answered " + response.status() + ": " + response.body());
    }
    return response;
  }
}
