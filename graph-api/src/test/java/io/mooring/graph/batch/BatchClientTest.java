package io.mooring.graph.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.error.NotFoundException;
import io.mooring.graph.error.ThrottledException;
import io.mooring.graph.error.TokenInvalidException;
import io.mooring.graph.error.TokenProblem;
import io.mooring.graph.error.TransientException;
import io.mooring.graph.metrics.GraphMetrics;
import io.mooring.graph.support.CannedGraphServer;
import io.mooring.graph.support.CannedGraphServer.Canned;
import io.mooring.graph.support.TestClients;
import io.mooring.graph.token.AccessToken;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BatchClientTest {

  private static final AccessToken TOKEN = AccessToken.of("EAAbatchTestToken0123456789");
  private static CannedGraphServer server;
  private SimpleMeterRegistry registry;
  private GraphApiClient client;

  @BeforeAll
  static void start() {
    server = CannedGraphServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
    registry = new SimpleMeterRegistry();
    client = TestClients.client(server.baseUrl(), registry);
  }

  @Test
  void rejectsMoreThanFiftyBeforeSendingAnything() {
    List<BatchItem> items =
        IntStream.range(0, 51).mapToObj(i -> BatchItem.get(i + "", Map.of())).toList();

    assertThatThrownBy(() -> client.batch().execute(TOKEN, items))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 50")
        .hasMessageContaining("got 51");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void acceptsExactlyFifty() {
    String answer =
        IntStream.range(0, 50)
            .mapToObj(i -> "{\"code\":200,\"body\":\"{\\\"id\\\":\\\"" + i + "\\\"}\"}")
            .reduce((a, b) -> a + "," + b)
            .map(all -> "[" + all + "]")
            .orElseThrow();
    server.answer(Canned.json(200, answer));
    List<BatchItem> items =
        IntStream.range(0, 50).mapToObj(i -> BatchItem.get(i + "", Map.of())).toList();

    assertThat(client.batch().execute(TOKEN, items))
        .hasSize(50)
        .allMatch(result -> result instanceof BatchItemResult.Success);
  }

  @Test
  void sendsVersionedRelativeUrlsAndFormBodies() {
    server.answer(Canned.json(200, "[null,null]"));

    client
        .batch()
        .execute(
            TOKEN,
            List.of(
                BatchItem.get("me", Map.of("fields", "id,name")).named("me"),
                BatchItem.post("321/subscribed_apps", Map.of("subscribed_fields", "feed"))));

    JsonNode batch =
        JsonMapper.builder().build().readTree(server.lastRequest().params().get("batch"));
    assertThat(batch.get(0).get("method").stringValue()).isEqualTo("GET");
    assertThat(batch.get(0).get("relative_url").stringValue())
        .isEqualTo("v26.0/me?fields=id%2Cname");
    assertThat(batch.get(0).get("name").stringValue()).isEqualTo("me");
    assertThat(batch.get(1).get("relative_url").stringValue())
        .isEqualTo("v26.0/321/subscribed_apps");
    assertThat(batch.get(1).get("body").stringValue()).isEqualTo("subscribed_fields=feed");
    assertThat(batch.get(1).has("access_token")).isFalse();
  }

  @Test
  void parsesEachItemIntoAResultOrATypedError() {
    server.answer(
        Canned.json(
            200,
            """
            [{"code":200,"headers":[],"body":"{\\"id\\":\\"55\\",\\"name\\":\\"SU\\"}"},
             {"code":400,"body":"{\\"error\\":{\\"message\\":\\"expired\\",\\"type\\":\\"OAuthException\\",\\"code\\":190,\\"error_subcode\\":463,\\"fbtrace_id\\":\\"T1\\"}}"},
             {"code":400,"body":"{\\"error\\":{\\"message\\":\\"(#80001) too many\\",\\"code\\":80001}}"},
             {"code":404,"body":"{\\"error\\":{\\"message\\":\\"missing\\",\\"code\\":100,\\"error_subcode\\":33}}"},
             null,
             {"code":500,"body":"oops"}]
            """));

    List<BatchItemResult> results =
        client
            .batch()
            .execute(
                TOKEN,
                IntStream.range(0, 6).mapToObj(i -> BatchItem.get("x" + i, Map.of())).toList());

    assertThat(results.get(0))
        .isInstanceOfSatisfying(
            BatchItemResult.Success.class,
            ok -> assertThat(ok.body().get("id").stringValue()).isEqualTo("55"));
    assertThat(((BatchItemResult.Failure) results.get(1)).error())
        .isInstanceOfSatisfying(
            TokenInvalidException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(TokenProblem.EXPIRED);
              assertThat(e.fbtraceId()).hasValue("T1");
              assertThat(e.operation()).isEqualTo("batch");
            });
    assertThat(((BatchItemResult.Failure) results.get(2)).error())
        .isInstanceOf(ThrottledException.class);
    assertThat(((BatchItemResult.Failure) results.get(3)).error())
        .isInstanceOf(NotFoundException.class);
    assertThat(results.get(4)).isEqualTo(new BatchItemResult.NoResponse(4));
    assertThat(((BatchItemResult.Failure) results.get(5)).error())
        .isInstanceOf(TransientException.class);
    assertThat(results).extracting(BatchItemResult::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(registry.get(GraphMetrics.BATCH_ITEMS).tag("outcome", "success").counter().count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(GraphMetrics.BATCH_ITEMS)
                .tag("outcome", "token_invalid")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void anAnswerOfTheWrongLengthIsTransient() {
    server.answer(Canned.json(200, "[]"));

    assertThatThrownBy(() -> client.batch().execute(TOKEN, List.of(BatchItem.get("me", Map.of()))))
        .isInstanceOf(TransientException.class);
  }

  @Test
  void itemsCannotCarryTheirOwnToken() {
    assertThatThrownBy(() -> BatchItem.get("me", Map.of("access_token", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
