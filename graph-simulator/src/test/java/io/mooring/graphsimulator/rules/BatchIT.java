package io.mooring.graphsimulator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /} with {@code batch=[...]}, at most 50 requests. */
class BatchIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private OboFixture obo;

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    obo = new OboFixture(sim, 0);
  }

  @Test
  void answersEachRequestInOrder() {
    String page = obo.ownedPage(0);
    String batch =
        "[{\"method\":\"GET\",\"relative_url\":\"v26.0/me\"},"
            + "{\"method\":\"GET\",\"relative_url\":\"v26.0/"
            + page
            + "?fields=name,business\"},"
            + "{\"method\":\"GET\",\"relative_url\":\""
            + sim.world().nonExistentPageId()
            + "\"},"
            + "{\"method\":\"POST\",\"relative_url\":\"v26.0/"
            + sim.partnerBusinessId()
            + "/managed_businesses\",\"body\":\"existing_client_business_id="
            + obo.client.id()
            + "\"}]";
    Response response = batchCall(obo.adminToken, batch, null);
    assertThat(response.status()).isEqualTo(200);
    JsonNode results = response.body();
    assertThat(results).hasSize(4);
    assertThat(results.get(0).path("code").asInt()).isEqualTo(200);
    assertThat(JSON.readTree(results.get(0).path("body").asString()).path("id").asString())
        .isEqualTo(obo.adminPersonId);
    JsonNode pageBody = JSON.readTree(results.get(1).path("body").asString());
    assertThat(pageBody.path("business").path("id").asString()).isEqualTo(obo.client.id());
    assertThat(results.get(1).path("headers").toString()).contains("X-Business-Use-Case-Usage");
    assertThat(results.get(2).path("code").asInt()).isEqualTo(400);
    assertThat(
            JSON.readTree(results.get(2).path("body").asString())
                .path("error")
                .path("code")
                .asInt())
        .isEqualTo(100);
    assertThat(results.get(3).path("code").asInt()).isEqualTo(200);
  }

  @Test
  void headersCanBeLeftOut() {
    Response response =
        batchCall(obo.adminToken, "[{\"method\":\"GET\",\"relative_url\":\"me\"}]", "false");
    assertThat(response.body().get(0).has("headers")).isFalse();
  }

  @Test
  void itemsKeepTheirOwnChecks() {
    Response response =
        graph.call(
            "POST",
            "/",
            GraphClient.pairs(
                "access_token",
                obo.adminToken,
                "batch",
                "[{\"method\":\"GET\",\"relative_url\":\"me\"}]"),
            false);
    JsonNode item = JSON.readTree(response.body().get(0).path("body").asString());
    assertThat(item.path("error").path("message").asString()).contains("appsecret_proof");
  }

  @Test
  void moreThanFiftyIsRefused() {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 51; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"method\":\"GET\",\"relative_url\":\"me\"}");
    }
    Response response = batchCall(obo.adminToken, batch.append(']').toString(), null);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.error().path("message").asString())
        .isEqualTo("Too many requests in batch message. Maximum batch size is 50");
    assertThat(response.error().path("type").asString()).isEqualTo("GraphBatchException");
  }

  private Response batchCall(String token, String batch, String includeHeaders) {
    Map<String, String> params =
        new java.util.LinkedHashMap<>(
            GraphClient.pairs(
                "access_token", token, "appsecret_proof", graph.proof(token), "batch", batch));
    if (includeHeaders != null) {
      params.put("include_headers", includeHeaders);
    }
    return graph.call("POST", "/", params, false);
  }
}
