package io.mooring.pagesubscription.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.EnableSystemUserRequested;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.token.AccessToken;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.pagesubscription.PageSubscriptionWorkerApplication;
import io.mooring.pagesubscription.directory.BusinessManagerDirectory;
import io.mooring.pagesubscription.jobs.JobStatus;
import io.mooring.pagesubscription.jobs.Jobs;
import io.mooring.platform.kafka.MessagePublisher;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import io.mooring.testsupport.InfrastructureMode;
import io.mooring.testsupport.MooringInfrastructureContextCustomizerFactory;
import io.mooring.testsupport.TestInfrastructure;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a 10,000-page job through the real worker (real broker, MongoDB-protocol store, Graph
 * simulator with a set latency and rate budget) and prints throughput against its theoretical
 * bound, per-page times, throttles provoked, and CPU per page at zero latency. Not a test.
 *
 * <p>{@code ./mvnw -pl page-subscription-worker test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.mooring.pagesubscription.bench.EnablementBenchmark -Dexec.args="--pages=10000
 * --latency-ms=20 --concurrency=32 --user-calls-per-minute=30000"}
 */
public final class EnablementBenchmark {
  private static final int CALLS_PER_PAGE = 4;
  private static final int ADMIN_CALLS_PER_PAGE = 2;
  private static final List<String> ADMIN_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement");
  private static final List<String> SU_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement",
          "pages_manage_posts",
          "pages_manage_engagement",
          "pages_messaging");

  public static void main(String[] args) throws Exception {
    int status = 0;
    try {
      run(parse(args));
    } catch (Throwable failure) {
      failure.printStackTrace();
      status = 1;
    }
    // The in-process broker's threads would keep the JVM alive.
    System.exit(status);
  }

  private static void run(Map<String, String> options) throws Exception {
    int pages = Integer.parseInt(options.getOrDefault("pages", "10000"));
    int latencyMs = Integer.parseInt(options.getOrDefault("latency-ms", "20"));
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
    int userCallsPerMinute =
        Integer.parseInt(options.getOrDefault("user-calls-per-minute", "30000"));
    int cpuPages = Integer.parseInt(options.getOrDefault("cpu-pages", "2000"));

    var infrastructure = TestInfrastructure.endpoints(InfrastructureMode.IN_PROCESS);
    try (EmbeddedGraphSimulator simulator =
        EmbeddedGraphSimulator.start(
            Map.of(
                "mooring.simulator.world.client-businesses", "1",
                "mooring.simulator.world.owned-pages-per-client",
                    String.valueOf(pages + cpuPages + 210),
                "mooring.simulator.world.app-platform-disabled-pages-per-client", "0",
                "mooring.simulator.world.pre-connected-clients", "0",
                "logging.level.root", "WARN"))) {
      ConfigurableApplicationContext worker =
          new SpringApplicationBuilder(PageSubscriptionWorkerApplication.class)
              .run(
                  asArguments(
                      Map.ofEntries(
                          Map.entry("server.port", "0"),
                          Map.entry(
                              "spring.kafka.bootstrap-servers",
                              infrastructure.kafkaBootstrapServers()),
                          Map.entry(
                              "spring.mongodb.uri",
                              infrastructure.mongoUri("bench_" + System.currentTimeMillis())),
                          Map.entry("mooring.meta.graph-base-url", simulator.baseUrl()),
                          Map.entry("mooring.meta.app-id", simulator.appId()),
                          Map.entry("mooring.meta.app-secret", simulator.appSecret()),
                          Map.entry(
                              "mooring.secrets.keyset",
                              MooringInfrastructureContextCustomizerFactory.TEST_SECRETS_KEYSET),
                          Map.entry(
                              "mooring.identity.signing-key",
                              MooringInfrastructureContextCustomizerFactory
                                  .TEST_IDENTITY_SIGNING_KEY),
                          Map.entry("mooring.enablement.concurrency", String.valueOf(concurrency)),
                          Map.entry("mooring.enablement.poll-interval", "20ms"),
                          Map.entry("mooring.enablement.initial-backoff", "200ms"),
                          Map.entry("mooring.meta.default-throttle-retry-after", "2s"),
                          Map.entry("logging.level.root", "WARN"))));
      try {
        String tenant = "bench";
        DemoWorld.ClientBusiness business = simulator.world().clientBusinesses().get(0);
        connect(worker, simulator, tenant, business);
        List<String> owned = simulator.world().pagesOwnedBy(business.id());

        simulator.admin().setLatency(0, 0);
        Result warmUp = runJob(worker, tenant, owned.subList(0, 200));
        Result zeroLatency = runJob(worker, tenant, owned.subList(200, 200 + cpuPages));

        simulator
            .admin()
            .setRateLimits(Duration.ofMinutes(1), null, null, null, userCallsPerMinute);
        simulator.admin().setLatency(latencyMs, 0);
        clearPageTimers(worker);
        Result measured =
            runJob(worker, tenant, owned.subList(200 + cpuPages, 200 + cpuPages + pages));

        double latencyBound = concurrency * 1000.0 / (CALLS_PER_PAGE * latencyMs);
        double budgetBound = userCallsPerMinute / 60.0 / ADMIN_CALLS_PER_PAGE;
        double bound = Math.min(latencyBound, budgetBound);
        double pagesPerSecond = measured.pages() / (measured.wallMillis() / 1000.0);
        Timer moved =
            worker
                .getBean(MeterRegistry.class)
                .find("mooring.enablement.page.attempts")
                .tag("outcome", "moved")
                .timer();
        System.out.println();
        System.out.println(
            "=== Enablement benchmark: "
                + pages
                + " pages, latency "
                + latencyMs
                + " ms/call, concurrency "
                + concurrency
                + ", user budget "
                + userCallsPerMinute
                + " calls/min ===");
        System.out.printf(
            "pages moved             %d of %d (failed %d)%n",
            measured.moved(), measured.pages(), measured.failed());
        System.out.printf("wall time               %.1f s%n", measured.wallMillis() / 1000.0);
        System.out.printf("throughput              %.1f pages/s%n", pagesPerSecond);
        System.out.printf(
            "bound: latency          %.1f pages/s (concurrency / (%d calls x %d ms))%n",
            latencyBound, CALLS_PER_PAGE, latencyMs);
        System.out.printf(
            "bound: rate budget      %.1f pages/s (%d user-token calls/min / %d per page)%n",
            budgetBound, userCallsPerMinute, ADMIN_CALLS_PER_PAGE);
        System.out.printf(
            "efficiency              %.0f %% of %.1f pages/s%n",
            100 * pagesPerSecond / bound, bound);
        if (moved != null) {
          for (ValueAtPercentile p : moved.takeSnapshot().percentileValues()) {
            System.out.printf(
                "per-page attempt p%-4.0f  %.1f ms%n",
                p.percentile() * 100, p.value(java.util.concurrent.TimeUnit.MILLISECONDS));
          }
        }
        System.out.printf(
            "throttles provoked      %.0f (Graph calls answered throttled)%n", throttles(worker));
        System.out.printf(
            "CPU at zero latency     %.2f ms/page, whole JVM (worker + simulator + broker + store), %d pages in %.1f s%n",
            zeroLatency.processCpuMillis() / (double) zeroLatency.pages(),
            zeroLatency.pages(),
            zeroLatency.wallMillis() / 1000.0);
        System.out.printf(
            "CPU at zero latency     %.2f ms/page, worker's own page threads%n",
            zeroLatency.workerCpuMillis() / (double) zeroLatency.pages());
        System.out.printf(
            "(warm-up: %d pages in %.1f s)%n", warmUp.pages(), warmUp.wallMillis() / 1000.0);
      } finally {
        worker.close();
      }
    }
  }

  private record Result(
      int pages,
      int moved,
      int failed,
      long wallMillis,
      long processCpuMillis,
      long workerCpuMillis) {}

  private static Result runJob(
      ConfigurableApplicationContext worker, String tenant, List<String> pageIds)
      throws InterruptedException {
    Jobs jobs = worker.getBean(Jobs.class);
    UUID jobId = UUID.randomUUID();
    long cpuBefore = processCpuNanos();
    long workerCpuBefore = workerThreadCpuNanos();
    long start = System.nanoTime();
    worker
        .getBean(MessagePublisher.class)
        .publishAndWait(
            Envelope.start(
                Messages.ENABLE_SYSTEM_USER_REQUESTED,
                tenant,
                "benchmark",
                new EnableSystemUserRequested(
                    jobId, new RequestedBy("bench", "bench@example.com", null), pageIds, false),
                Clock.systemUTC()),
            Duration.ofSeconds(30));
    while (jobs.find(jobId.toString())
        .map(job -> job.status() != JobStatus.COMPLETED)
        .orElse(true)) {
      Thread.sleep(50);
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    var job = jobs.find(jobId.toString()).orElseThrow();
    return new Result(
        pageIds.size(),
        job.moved(),
        job.failed(),
        wall,
        (processCpuNanos() - cpuBefore) / 1_000_000,
        (workerThreadCpuNanos() - workerCpuBefore) / 1_000_000);
  }

  private static void connect(
      ConfigurableApplicationContext worker,
      EmbeddedGraphSimulator simulator,
      String tenant,
      DemoWorld.ClientBusiness business)
      throws InterruptedException {
    TokenVault vault = worker.getBean(TokenVault.class);
    GraphApiClient graph = worker.getBean(GraphApiClient.class);
    MessagePublisher publisher = worker.getBean(MessagePublisher.class);
    RequestedBy admin = new RequestedBy("bench", "bench@example.com", null);
    String adminToken = simulator.issueUserToken(business.adminPersonIds().get(0), ADMIN_SCOPES);
    graph
        .businesses()
        .createManagedBusiness(
            AccessToken.of(adminToken), simulator.partnerBusinessId(), business.id());
    AccessToken su =
        graph
            .businesses()
            .createClientSystemUserToken(
                AccessToken.of(simulator.partnerAdminSystemUserToken()), business.id(), SU_SCOPES)
            .accessToken();
    String suId = graph.me().me(su).id();
    publisher.publishAndWait(
        Envelope.start(
            Messages.BUSINESS_MANAGER_CONNECTED,
            tenant,
            "bench",
            new BusinessManagerConnected(
                business.id(),
                business.name(),
                admin,
                ADMIN_SCOPES,
                null,
                vault.seal(
                    adminToken, SecretContext.businessManagerAdminToken(tenant, business.id())),
                false),
            Clock.systemUTC()),
        Duration.ofSeconds(10));
    publisher.publishAndWait(
        Envelope.start(
            Messages.SYSTEM_USER_PROVISIONED,
            tenant,
            "bench",
            new SystemUserProvisioned(
                business.id(),
                business.name(),
                suId,
                "SU",
                "EMPLOYEE",
                SU_SCOPES,
                null,
                vault.seal(su.value(), SecretContext.systemUserToken(tenant, business.id())),
                admin),
            Clock.systemUTC()),
        Duration.ofSeconds(10));
    BusinessManagerDirectory directory = worker.getBean(BusinessManagerDirectory.class);
    while (!directory.find(tenant, business.id()).map(bm -> bm.systemUserEnabled()).orElse(false)) {
      Thread.sleep(50);
    }
  }

  private static void clearPageTimers(ConfigurableApplicationContext worker) {
    MeterRegistry registry = worker.getBean(MeterRegistry.class);
    registry.find("mooring.enablement.page.attempts").meters().forEach(registry::remove);
  }

  private static double throttles(ConfigurableApplicationContext worker) {
    return worker
        .getBean(MeterRegistry.class)
        .find("mooring.graph.requests")
        .tag("outcome", "throttled")
        .timers()
        .stream()
        .mapToDouble(Timer::count)
        .sum();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long workerThreadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
        .filter(info -> info != null && info.getThreadName().startsWith("page-"))
        .mapToLong(info -> Math.max(0, threads.getThreadCpuTime(info.getThreadId())))
        .sum();
  }

  /** Command-line arguments outrank the service's own configuration, as in production. */
  private static String[] asArguments(Map<String, String> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }
}
