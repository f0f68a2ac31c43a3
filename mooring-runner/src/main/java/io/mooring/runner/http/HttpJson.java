package io.mooring.runner.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few HTTP calls the runner and the demo make: JSON in, JSON out, redirects not followed. */
public final class HttpJson {
  public static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** A response: status, headers' first values, body as text. */
  public record Response(int status, Map<String, String> headers, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public JsonNode json() {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    }

    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
  }

  public Response get(String url, String bearer) throws IOException {
    return send(request(url, bearer).GET().build());
  }

  public Response postJson(String url, String bearer, Object body) throws IOException {
    return sendJson("POST", url, bearer, body);
  }

  public Response putJson(String url, Object body) throws IOException {
    return sendJson("PUT", url, null, body);
  }

  private Response sendJson(String method, String url, String bearer, Object body)
      throws IOException {
    return send(
        request(url, bearer)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  public Response delete(String url) throws IOException {
    return send(request(url, null).DELETE().build());
  }

  public Response postForm(String url, Map<String, String> form) throws IOException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(url, null)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Downloads {@code url} to {@code file}; returns the status. */
  public int download(String url, String bearer, Path file) throws IOException {
    try {
      HttpResponse<Path> response =
          client.send(request(url, bearer).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
      return response.statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static HttpRequest.Builder request(String url, String bearer) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder;
  }

  private Response send(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers =
          response.headers().map().entrySet().stream()
              .filter(e -> !e.getValue().isEmpty())
              .collect(
                  Collectors.toMap(
                      e -> e.getKey().toLowerCase(java.util.Locale.ROOT),
                      e -> e.getValue().get(0),
                      (a, b) -> a));
      return new Response(response.statusCode(), headers, response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
