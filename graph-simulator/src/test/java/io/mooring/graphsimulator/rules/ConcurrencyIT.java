package io.mooring.graphsimulator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.GraphClient;
import io.mooring.graphsimulator.support.GraphClient.Response;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent calls keep the world consistent: caps hold, OBO step 2 creates one system user. */
class ConcurrencyIT {
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private final GraphClient graph = new GraphClient(sim.baseUrl(), sim.appSecret());
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @BeforeEach
  void reset() {
    sim.admin().reset();
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void concurrentSecondStepsShareOneSystemUser() throws Exception {
    OboFixture obo = new OboFixture(sim, 4);
    obo.createRelationship();
    List<Response> responses =
        runAll(
            IntStream.range(0, 16)
                .mapToObj(
                    i ->
                        (Callable<Response>) () -> obo.createSystemUserToken("business_management"))
                .toList());
    assertThat(responses).allMatch(Response::ok);
    List<String> ids =
        responses.stream()
            .map(
                r ->
                    graph
                        .get("/me", r.body().path("access_token").asString())
                        .body()
                        .path("id")
                        .asString())
            .distinct()
            .toList();
    assertThat(ids).hasSize(1);
    assertThat(
            graph.get("/" + obo.client.id() + "/system_users", obo.adminToken).body().path("data"))
        .hasSize(1);
  }

  @Test
  void systemUserCapHoldsUnderConcurrency() throws Exception {
    OboFixture obo = new OboFixture(sim, 5);
    sim.admin().setSystemUserCap(obo.client.id(), 5);
    List<Response> responses =
        runAll(
            IntStream.range(0, 20)
                .mapToObj(
                    i ->
                        (Callable<Response>)
                            () ->
                                graph.post(
                                    "/" + obo.client.id() + "/system_users",
                                    obo.adminToken,
                                    "name",
                                    "su-" + i))
                .toList());
    assertThat(responses.stream().filter(Response::ok).count()).isEqualTo(5);
    assertThat(responses.stream().filter(r -> r.errorCode() == 100).count()).isEqualTo(15);
    assertThat(
            graph.get("/" + obo.client.id() + "/system_users", obo.adminToken).body().path("data"))
        .hasSize(5);
  }

  @Test
  void pageBudgetCountsEveryConcurrentCall() throws Exception {
    OboFixture obo = new OboFixture(sim, 6).connect();
    String page = obo.ownedPage(0);
    sim.admin().setPageBudget(page, 10);
    List<Response> responses =
        runAll(
            IntStream.range(0, 40)
                .mapToObj(
                    i -> (Callable<Response>) () -> graph.get("/" + page, obo.systemUserToken))
                .toList());
    assertThat(responses.stream().filter(Response::ok).count()).isEqualTo(10);
    assertThat(responses.stream().filter(r -> r.errorCode() == 80001).count()).isEqualTo(30);
  }

  private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    List<Future<T>> futures = pool.invokeAll(tasks);
    java.util.ArrayList<T> results = new java.util.ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
