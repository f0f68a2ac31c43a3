package io.mooring.graph.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.error.ThrottledException;
import io.mooring.graph.support.CannedGraphServer;
import io.mooring.graph.support.CannedGraphServer.Canned;
import io.mooring.graph.support.MetaErrors;
import io.mooring.graph.support.TestClients;
import io.mooring.graph.token.AccessToken;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Usage headers reach listeners and exceptions so callers can slow down before a throttle. */
class UsageReportingTest {

  private static final AccessToken TOKEN = AccessToken.of("EAAusageTestToken0123456789");
  private static final String BUC =
      """
      {"321":[{"type":"pages","call_count":87,"total_cputime":12,"total_time":30,
               "estimated_time_to_regain_access":0}],
       "700":[{"type":"ads_management","call_count":5,"total_cputime":95,"total_time":4,
               "estimated_time_to_regain_access":2,"ads_api_access_tier":"standard_access"}]}
      """
          .replace("\n", "");

  private static CannedGraphServer server;
  private final List<String> operations = new CopyOnWriteArrayList<>();
  private final List<GraphUsage> seen = new CopyOnWriteArrayList<>();
  private final LatestUsageTracker tracker = new LatestUsageTracker();
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
    client =
        TestClients.client(
            server.baseUrl(),
            new SimpleMeterRegistry(),
            (operation, usage) -> {
              operations.add(operation);
              seen.add(usage);
            },
            tracker);
  }

  @Test
  void parsesAllThreeHeadersOnSuccess() {
    server.answer(
        Canned.json(200, "{\"id\":\"1\"}")
            .withHeader("X-App-Usage", "{\"call_count\":28,\"total_time\":25,\"total_cputime\":41}")
            .withHeader("X-Business-Use-Case-Usage", BUC)
            .withHeader("X-Page-Usage", "{\"call_count\":9,\"total_time\":3,\"total_cputime\":2}"));

    client.me().me(TOKEN);

    assertThat(operations).containsExactly("me");
    GraphUsage usage = seen.get(0);
    assertThat(usage.app()).hasValue(new UsagePercentages(28, 41, 25));
    assertThat(usage.page()).hasValue(new UsagePercentages(9, 2, 3));
    assertThat(usage.businessUseCases()).hasSize(2);
    assertThat(usage.businessUseCasesOf("321"))
        .containsExactly(
            new BusinessUseCaseUsage("321", "pages", 87, 12, 30, Duration.ZERO, Optional.empty()));
    assertThat(usage.businessUseCasesOf("700").get(0).adsApiAccessTier())
        .hasValue("standard_access");
    assertThat(usage.maxUsagePercent()).isEqualTo(95);
    assertThat(usage.estimatedTimeToRegainAccess()).hasValue(Duration.ofMinutes(2));
    assertThat(tracker.maxUsagePercent()).isEqualTo(95);
    assertThat(tracker.latestFor("321", "pages").map(BusinessUseCaseUsage::callCount)).hasValue(87);
  }

  @Test
  void throttleCarriesUsageAndRetryAfterInMinutes() {
    server.answer(
        Canned.json(400, MetaErrors.body(80001, null, "(#80001) too many calls", true))
            .withHeader("X-Business-Use-Case-Usage", MetaErrors.bucHeader("321", 100, 25)));

    ThrottledException throttled =
        catchThrowableOfType(ThrottledException.class, () -> client.me().me(TOKEN));

    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(25));
    assertThat(throttled.usage().maxUsagePercent()).isEqualTo(100);
    assertThat(seen).hasSize(1);
    assertThat(tracker.latest().maxUsagePercent()).isEqualTo(100);
  }

  @Test
  void malformedOrAbsentHeadersNeverFailTheCall() {
    server.answer(
        Canned.json(200, "{\"id\":\"1\"}")
            .withHeader("X-App-Usage", "not json")
            .withHeader("X-Business-Use-Case-Usage", "[1,2"));

    assertThat(client.me().me(TOKEN).id()).isEqualTo("1");
    assertThat(seen).isEmpty();

    server.answer(Canned.json(200, "{\"id\":\"1\"}"));
    client.me().me(TOKEN);
    assertThat(seen).as("listeners hear only answers that had usage").isEmpty();
    assertThat(GraphUsage.NONE.maxUsagePercent()).isZero();
  }

  @Test
  void aFailingListenerDoesNotBreakTheCall() {
    GraphApiClient withBadListener =
        TestClients.client(
            server.baseUrl(),
            new SimpleMeterRegistry(),
            (operation, usage) -> {
              throw new IllegalStateException("listener bug");
            });
    server.answer(
        Canned.json(200, "{\"id\":\"7\"}")
            .withHeader("X-App-Usage", "{\"call_count\":1,\"total_time\":1,\"total_cputime\":1}"));

    assertThat(withBadListener.me().me(TOKEN).id()).isEqualTo("7");
  }
}
