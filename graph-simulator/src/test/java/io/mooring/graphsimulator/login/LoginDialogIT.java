package io.mooring.graphsimulator.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Facebook Login for Business dialog and the code exchange. */
class LoginDialogIT {
  private static final String REDIRECT = "https://mooring.example/fb/callback";
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String adminId;

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    adminId = sim.world().clientBusinesses().get(0).adminPersonIds().get(0);
  }

  @Test
  void dialogShowsPeopleAndPermissions() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        sim.baseUrl()
                            + "/v26.0/dialog/oauth?client_id="
                            + sim.appId()
                            + "&redirect_uri="
                            + enc(REDIRECT)
                            + "&state=%3Cscript%3E&config_id=808000000000777&response_type=code"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
    String name = sim.world().person(adminId).orElseThrow().name();
    assertThat(page.body()).contains(name, "business_management", "Mooring", "&lt;script&gt;");
    assertThat(page.body()).doesNotContain("<script>");
  }

  @Test
  void dialogRejectsUnknownApps() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        sim.baseUrl()
                            + "/v26.0/dialog/oauth?client_id=1&redirect_uri="
                            + enc(REDIRECT)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(400);
  }

  @Test
  void consentRedirectsWithASingleUseCode() throws Exception {
    Map<String, String> redirect = consent("allow", "xyz-123");
    assertThat(redirect).containsEntry("state", "xyz-123").containsKey("code");
    Response token = exchange(redirect.get("code"), REDIRECT);
    assertThat(token.ok()).as(token.body().toString()).isTrue();
    assertThat(token.body().path("token_type").asString()).isEqualTo("bearer");
    String accessToken = token.body().path("access_token").asString();
    assertThat(graph.get("/me", accessToken).body().path("id").asString()).isEqualTo(adminId);

    Response reused = exchange(redirect.get("code"), REDIRECT);
    assertThat(reused.errorCode()).isEqualTo(100);
    assertThat(reused.errorSubcode()).isEqualTo(36009);
  }

  @Test
  void cancelRedirectsWithAccessDenied() throws Exception {
    Map<String, String> redirect = consent("cancel", "s1");
    assertThat(redirect).containsEntry("error", "access_denied").containsEntry("state", "s1");
    assertThat(redirect).doesNotContainKey("code");
  }

  @Test
  void codesExpireAfterTenMinutes() {
    String code = sim.issueLoginCode(adminId, java.util.List.of("business_management"), REDIRECT);
    sim.admin().advanceClock(Duration.ofMinutes(11));
    Response expired = exchange(code, REDIRECT);
    assertThat(expired.errorSubcode()).isEqualTo(36007);
  }

  @Test
  void redirectUriMustMatch() {
    String code = sim.issueLoginCode(adminId, java.util.List.of("business_management"), REDIRECT);
    Response mismatch = exchange(code, "https://evil.example/");
    assertThat(mismatch.errorSubcode()).isEqualTo(36008);
    assertThat(exchange(code, REDIRECT).ok()).as("a failed try does not burn the code").isTrue();
  }

  @Test
  void wrongClientSecretIsRejected() {
    String code = sim.issueLoginCode(adminId, java.util.List.of("business_management"), REDIRECT);
    Response response =
        graph.call(
            "GET",
            "/oauth/access_token",
            GraphClient.pairs(
                "client_id",
                sim.appId(),
                "client_secret",
                "wrong",
                "redirect_uri",
                REDIRECT,
                "code",
                code),
            true);
    assertThat(response.errorCode()).isEqualTo(1);
    assertThat(response.error().path("message").asString())
        .isEqualTo("Error validating client secret.");
  }

  @Test
  void longLivedTokenRefresh() {
    String token = sim.issueUserToken(adminId, java.util.List.of("business_management"));
    sim.admin().advanceClock(Duration.ofDays(30));
    Response refreshed =
        graph.call(
            "GET",
            "/oauth/access_token",
            GraphClient.pairs(
                "grant_type",
                "fb_exchange_token",
                "client_id",
                sim.appId(),
                "client_secret",
                sim.appSecret(),
                "fb_exchange_token",
                token),
            true);
    assertThat(refreshed.ok()).as(refreshed.body().toString()).isTrue();
    String fresh = refreshed.body().path("access_token").asString();
    assertThat(fresh).isNotEqualTo(token);
    assertThat(refreshed.body().path("expires_in").asLong())
        .isEqualTo(Duration.ofDays(60).toSeconds());
    sim.admin().advanceClock(Duration.ofDays(31));
    assertThat(graph.get("/me", token).errorSubcode()).isEqualTo(463);
    assertThat(graph.get("/me", fresh).ok()).isTrue();
  }

  private Map<String, String> consent(String decision, String state) throws Exception {
    String form =
        "client_id="
            + sim.appId()
            + "&redirect_uri="
            + enc(REDIRECT)
            + "&state="
            + enc(state)
            + "&scopes="
            + enc("business_management,pages_show_list")
            + "&person_id="
            + adminId
            + "&decision="
            + decision;
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v26.0/dialog/oauth/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(302);
    URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertThat(location.getHost()).isEqualTo("mooring.example");
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return query;
  }

  private Response exchange(String code, String redirectUri) {
    return graph.call(
        "GET",
        "/oauth/access_token",
        GraphClient.pairs(
            "client_id",
            sim.appId(),
            "client_secret",
            sim.appSecret(),
            "redirect_uri",
            redirectUri,
            "code",
            code),
        true);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
