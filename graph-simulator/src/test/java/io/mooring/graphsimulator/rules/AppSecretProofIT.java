package io.mooring.graphsimulator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** appsecret_proof: HMAC-SHA256 of the token keyed by the app secret, enforced as Meta does. */
class AppSecretProofIT {
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private String token;

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    token =
        sim.issueUserToken(
            sim.world().clientBusinesses().get(0).adminPersonIds().get(0), OboFixture.ADMIN_SCOPES);
  }

  @Test
  void requiredByDefault() {
    Response missing = graph.getWithoutProof("/me", token);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorCode()).isEqualTo(100);
    assertThat(missing.error().path("type").asString()).isEqualTo("GraphMethodException");
    assertThat(missing.error().path("message").asString()).contains("appsecret_proof");
  }

  @Test
  void wrongProofIsRejected() {
    Response wrong =
        graph.getWithoutProof(
            "/me", token, "appsecret_proof", GraphClient.proof(token, "not-the-secret"));
    assertThat(wrong.errorCode()).isEqualTo(100);
    assertThat(wrong.error().path("message").asString()).startsWith("Invalid appsecret_proof");
  }

  @Test
  void rightProofIsAccepted() {
    assertThat(graph.get("/me", token).ok()).isTrue();
  }

  @Test
  void optionalWhenTheAppDoesNotRequireIt() {
    sim.admin().setRequireAppSecret(false);
    assertThat(graph.getWithoutProof("/me", token).ok()).isTrue();
    Response wrong = graph.getWithoutProof("/me", token, "appsecret_proof", "00");
    assertThat(wrong.ok()).as("a proof is only checked when required").isTrue();
  }

  @Test
  void alwaysRequiredToMintSystemUserTokens() {
    sim.admin().setRequireAppSecret(false);
    OboFixture obo = new OboFixture(sim, 0);
    obo.createRelationship();
    Response oboStep2 =
        graph.call(
            "POST",
            "/" + obo.client.id() + "/access_token",
            GraphClient.pairs(
                "access_token", sim.partnerAdminSystemUserToken(),
                "scope", "business_management",
                "app_id", sim.appId()),
            true);
    assertThat(oboStep2.errorCode()).isEqualTo(100);
    assertThat(oboStep2.error().path("message").asString()).contains("appsecret_proof");

    Response suTokens =
        graph.call(
            "POST",
            "/" + sim.world().partnerAdminSystemUserId() + "/access_tokens",
            GraphClient.pairs(
                "access_token", sim.partnerAdminSystemUserToken(),
                "scope", "business_management",
                "business_app", sim.appId()),
            true);
    assertThat(suTokens.errorCode()).isEqualTo(100);
    assertThat(obo.createSystemUserToken("business_management").ok()).isTrue();
  }

  @Test
  void appTokensNeedNoProof() {
    Response debug =
        graph.call(
            "GET",
            "/debug_token",
            GraphClient.pairs(
                "access_token", sim.appId() + "|" + sim.appSecret(), "input_token", token),
            true);
    assertThat(debug.ok()).isTrue();
    assertThat(debug.body().path("data").path("type").asString()).isEqualTo("USER");
  }

  @Test
  void unknownTokenIs190() {
    Response response = graph.get("/me", "EAAMnotatoken");
    assertThat(response.errorCode()).isEqualTo(190);
    assertThat(response.errorSubcode()).isNull();
    assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
  }

  @Test
  void missingTokenIs104() {
    Response response = graph.call("GET", "/me", GraphClient.pairs(), true);
    assertThat(response.errorCode()).isIn(104, 2500);
  }
}
