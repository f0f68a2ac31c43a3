package io.mooring.runner.demo;

import io.mooring.runner.http.HttpJson;
import java.io.IOException;
import java.net.URI;
import tools.jackson.databind.JsonNode;

/**
 * Connects a Business Manager the way a person does it in a browser: open the login URL Mooring
 * gives, continue as a person on the simulator's Facebook Login for Business dialog, follow the
 * redirect to the gateway's callback, and choose a Business Manager if the person has several.
 */
public final class BusinessManagerLogin {
  /** Who logged in and the Business Manager Mooring connected. */
  public record Connected(String personId, JsonNode businessManager) {
    public String businessManagerId() {
      return businessManager.path("businessManagerId").asString();
    }
  }

  private final HttpJson http;
  private final GatewayApi api;

  public BusinessManagerLogin(HttpJson http, GatewayApi api) {
    this.http = http;
    this.api = api;
  }

  /**
   * Logs in as {@code personId} (null: the person the dialog offers first) and connects the first
   * (or only) Business Manager that person administers.
   */
  public Connected connect(String personId) throws IOException {
    String loginUrl = api.startConnection();
    HttpJson.Response page = http.get(loginUrl, null);
    if (page.status() != 200) {
      throw new DemoFailure("the simulator's login page answered " + page.status());
    }
    LoginDialog dialog = LoginDialog.parse(page.body());
    String person = personId != null ? personId : dialog.defaultPersonId();
    HttpJson.Response consent =
        http.postForm(
            URI.create(loginUrl).resolve(dialog.action()).toString(), dialog.allow(person));
    String callback =
        consent
            .header("Location")
            .orElseThrow(
                () ->
                    new DemoFailure("the login page did not redirect (" + consent.status() + ")"));
    JsonNode connected = api.callback(callback);
    if ("AWAITING_CHOICE".equals(connected.path("status").asString())) {
      connected =
          api.choose(
              connected.path("attemptId").asString(),
              connected.path("choices").path(0).path("businessManagerId").asString());
    }
    return new Connected(person, connected.path("businessManager"));
  }
}
