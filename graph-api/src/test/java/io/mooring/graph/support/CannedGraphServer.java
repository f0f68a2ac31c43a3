package io.mooring.graph.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real local HTTP server (JDK {@link HttpServer}) answering canned Graph responses, so the client
 * is exercised over the wire, not through mocks. Records every request.
 */
public final class CannedGraphServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Canned> routes = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Canned fallback = Canned.json(200, "{}");

  private CannedGraphServer(HttpServer server) {
    this.server = server;
  }

  public static CannedGraphServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      CannedGraphServer canned = new CannedGraphServer(server);
      server.createContext("/", canned::handle);
      server.setExecutor(canned.executor);
      server.start();
      return canned;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answer every request without a route with this. */
  public CannedGraphServer answer(Canned response) {
    this.fallback = response;
    return this;
  }

  /** Answer {@code METHOD path} (path with version, no query) with this. */
  public CannedGraphServer on(String method, String path, Canned response) {
    routes.put(method + " " + path, response);
    return this;
  }

  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public RecordedRequest lastRequest() {
    List<RecordedRequest> all = requests();
    return all.get(all.size() - 1);
  }

  public void reset() {
    routes.clear();
    requests.clear();
    fallback = Canned.json(200, "{}");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    requests.add(
        new RecordedRequest(
            exchange.getRequestMethod(),
            path,
            exchange.getRequestURI().getRawQuery(),
            body,
            exchange.getRequestHeaders()));
    Canned canned = routes.getOrDefault(exchange.getRequestMethod() + " " + path, fallback);
    try {
      if (!canned.delay().isZero()) {
        Thread.sleep(canned.delay().toMillis());
      }
      byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
      canned.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client gave up (timeout tests): nothing to answer.
    } finally {
      exchange.close();
    }
  }

  /** A canned answer. */
  public record Canned(int status, String body, Map<String, String> headers, Duration delay) {

    public static Canned json(int status, String body) {
      return new Canned(
          status, body, Map.of("Content-Type", "application/json; charset=UTF-8"), Duration.ZERO);
    }

    public static Canned text(int status, String body) {
      return new Canned(status, body, Map.of("Content-Type", "text/html"), Duration.ZERO);
    }

    public Canned withHeader(String name, String value) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put(name, value);
      return new Canned(status, body, all, delay);
    }

    public Canned delayedBy(Duration wait) {
      return new Canned(status, body, headers, wait);
    }
  }

  /** What the client sent. */
  public record RecordedRequest(
      String method, String path, String rawQuery, String body, Headers headers) {

    /** Query parameters for GET, form body for POST and DELETE, decoded. */
    public Map<String, String> params() {
      return decode(method.equals("GET") ? rawQuery : body);
    }

    private static Map<String, String> decode(String form) {
      Map<String, String> params = new LinkedHashMap<>();
      if (form == null || form.isEmpty()) {
        return params;
      }
      for (String pair : form.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.put(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
      return params;
    }
  }
}
