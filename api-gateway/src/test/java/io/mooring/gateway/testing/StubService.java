package io.mooring.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.InvalidIdentityException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for a service that is not built (or not runnable in this JVM) yet: it verifies the
 * gateway's identity header exactly as a real service does, records every request it gets and
 * echoes the verified caller, and serves an OpenAPI description of its endpoints.
 */
public final class StubService implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String name;
  private final byte[] apiDocs;
  private final InternalIdentityTokens identities;
  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private volatile boolean crashing;

  private StubService(String name, byte[] apiDocs, InternalIdentityTokens identities)
      throws IOException {
    this.name = name;
    this.apiDocs = apiDocs;
    this.identities = identities;
    this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a stub serving {@code /stubs/<name>-api-docs.json} as its description. */
  public static StubService start(String name, InternalIdentityTokens identities) {
    try (InputStream docs =
        StubService.class.getResourceAsStream("/stubs/" + name + "-api-docs.json")) {
      return new StubService(name, docs.readAllBytes(), identities);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /** What the stub was sent, oldest first. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Requests whose path starts with the prefix, oldest first. */
  public List<Received> receivedOn(String pathPrefix) {
    return received.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
  }

  /** While on, the service drops every connection without answering, as a crashing one does. */
  public void crashing(boolean on) {
    crashing = on;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (crashing) {
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals("/v3/api-docs")) {
        respond(exchange, 200, "application/json", apiDocs);
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((header, values) -> headers.put(header.toLowerCase(Locale.ROOT), values));
      Caller caller =
          verifiedCaller(exchange.getRequestHeaders().getFirst(InternalIdentityTokens.HEADER));
      received.add(
          new Received(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestURI().getRawQuery(),
              headers,
              caller,
              new String(body, StandardCharsets.UTF_8)));
      Map<String, Object> echo = new TreeMap<>();
      echo.put("service", name);
      echo.put("method", exchange.getRequestMethod());
      echo.put("path", path);
      echo.put("tenantId", caller == null ? null : caller.tenantId());
      echo.put("userId", caller == null ? null : caller.userId());
      respond(exchange, 200, "application/json", JSON.writeValueAsBytes(echo));
    }
  }

  /** As a service's {@code Caller} parameter would: a missing or forged header is no caller. */
  private Caller verifiedCaller(String header) {
    if (header == null) {
      return null;
    }
    try {
      return identities.verify(header);
    } catch (InvalidIdentityException e) {
      return null;
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * One request as the service saw it.
   *
   * @param headers lower-case names
   * @param caller the verified caller, or null when the identity header was missing or forged
   */
  public record Received(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      Caller caller,
      String body) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }
}
