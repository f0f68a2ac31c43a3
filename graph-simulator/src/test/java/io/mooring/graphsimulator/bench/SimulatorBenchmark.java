package io.mooring.graphsimulator.bench;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load benchmark for the simulator (not a test): a bounded, self-stopping loop of Graph calls
 * against localhost, printing requests/s and latency percentiles.
 *
 * <p>Run: {@code ./mvnw -pl graph-simulator test-compile exec:java
 * -Dexec.mainClass=io.mooring.graphsimulator.bench.SimulatorBenchmark -Dexec.args="--threads=16
 * --seconds=20"}. Without {@code --url} it starts an embedded simulator in the same JVM; with
 * {@code --url=http://localhost:8089} it drives a running one (its admin API must be on, e.g.
 * profile {@code demo}). Options: --threads, --seconds, --warmup, --url, --secret.
 *
 * <p>Mix per thread: 50% {@code GET /{page}?fields=name,business,access_token}, 20% {@code
 * /{business}/owned_pages}, 20% {@code /debug_token}, 10% {@code /me/accounts}; every call with
 * access_token and appsecret_proof, spread over all client-owned pages.
 */
public final class SimulatorBenchmark {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SimulatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    // Keep-alive pool for HttpURLConnection: one idle connection per worker thread.
    System.setProperty("http.maxConnections", "256");
    Map<String, String> options = options(args);
    int threads = Integer.parseInt(options.getOrDefault("threads", "16"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
    String url = options.get("url");
    EmbeddedGraphSimulator embedded = null;
    String secret = options.getOrDefault("secret", "3c1e0a9d7b5f4c2e8a6d0b9f1e3c5a7d");
    long started = System.nanoTime();
    if (url == null) {
      embedded =
          EmbeddedGraphSimulator.start(
              Map.of("logging.level.root", "WARN", "logging.level.io.mooring", "WARN"));
      url = embedded.baseUrl();
      secret = embedded.appSecret();
      System.out.printf(
          "embedded simulator started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }
    try {
      run(url, secret, threads, seconds, warmup);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static void run(String url, String secret, int threads, int seconds, int warmup)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    admin(
        http,
        url,
        "PUT",
        "/rate-limits",
        "{\"pageCallsPerWindow\":100000000,"
            + "\"businessCallsPerWindow\":100000000,\"appCallsPerWindow\":2000000000,"
            + "\"userCallsPerWindow\":100000000}");
    JsonNode world = admin(http, url, "GET", "/world", null);
    JsonNode client = world.path("clientBusinesses").get(0);
    String admin = client.path("adminPersonIds").get(0).asString();
    String token =
        admin(
                http,
                url,
                "POST",
                "/user-tokens",
                "{\"personId\":\""
                    + admin
                    + "\",\"scopes\":"
                    + "[\"business_management\",\"pages_show_list\",\"pages_manage_metadata\"]}")
            .path("access_token")
            .asString();
    String appToken = world.path("appId").asString() + "|" + secret;
    String auth = "access_token=" + enc(token) + "&appsecret_proof=" + proof(token, secret);
    List<String> pages = new ArrayList<>();
    client.path("ownedPageIds").forEach(p -> pages.add(p.asString()));
    List<URI> mix = new ArrayList<>();
    for (String page : pages) {
      mix.add(URI.create(url + "/v26.0/" + page + "?fields=name,business,access_token&" + auth));
    }
    List<URI> others = new ArrayList<>();
    others.add(
        URI.create(
            url + "/v26.0/" + client.path("id").asString() + "/owned_pages?limit=25&" + auth));
    others.add(
        URI.create(
            url
                + "/v26.0/debug_token?input_token="
                + enc(token)
                + "&access_token="
                + enc(appToken)));
    others.add(URI.create(url + "/v26.0/me/accounts?limit=25&" + auth));

    System.out.printf("warming up for %d s with %d threads...%n", warmup, threads);
    load(mix, others, threads, Duration.ofSeconds(warmup));
    System.out.printf("measuring for %d s with %d threads against %s%n", seconds, threads, url);
    Result result = load(mix, others, threads, Duration.ofSeconds(seconds));
    long[] latencies = result.latenciesNanos();
    Arrays.sort(latencies);
    double rps = latencies.length / (result.elapsedNanos() / 1e9);
    System.out.printf(
        "requests=%d errors=%d throughput=%.0f req/s p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
        latencies.length,
        result.errors(),
        rps,
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
  }

  private record Result(long[] latenciesNanos, long errors, long elapsedNanos) {}

  private static Result load(List<URI> pages, List<URI> others, int threads, Duration duration)
      throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    int[] counts = new int[threads];
    CountDownLatch done = new CountDownLatch(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      long[] latencies = new long[2_000_000];
      perThread.add(latencies);
      int index = t;
      Thread worker =
          new Thread(
              () -> {
                int n = 0;
                int i = index;
                while (System.nanoTime() < deadline && n < latencies.length) {
                  int slot = i % 10;
                  URI uri =
                      slot < 5
                          ? pages.get((i * 7) % pages.size())
                          : slot < 7 ? others.get(0) : slot < 9 ? others.get(1) : others.get(2);
                  long t0 = System.nanoTime();
                  if (get(uri) != 200) {
                    errors.incrementAndGet();
                  }
                  latencies[n++] = System.nanoTime() - t0;
                  i++;
                }
                counts[index] = n;
                done.countDown();
              },
              "bench-" + t);
      worker.setDaemon(true);
      worker.start();
    }
    done.await();
    long elapsed = System.nanoTime() - start;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int offset = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(perThread.get(t), 0, all, offset, counts[t]);
      offset += counts[t];
    }
    return new Result(all, errors.get(), elapsed);
  }

  /**
   * One GET over a kept-alive {@link HttpURLConnection}: far less client CPU than {@link
   * HttpClient}, which matters when client and server share two cores.
   */
  private static int get(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      int status = connection.getResponseCode();
      try (InputStream body =
          status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (body != null) {
          body.readAllBytes();
        }
      }
      return status;
    } catch (IOException e) {
      return -1;
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static JsonNode admin(
      HttpClient http, String url, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/_simulator" + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "admin API " + path + " answered " + response.statusCode() + ": is it enabled?");
    }
    return JSON.readTree(response.body());
  }

  private static String proof(String token, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }
}
