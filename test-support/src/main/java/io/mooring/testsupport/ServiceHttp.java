package io.mooring.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service under test as the gateway would: JSON in and out, with the caller's signed
 * identity in {@code X-Mooring-Identity} (or none).
 */
public final class ServiceHttp {
  private static final String IDENTITY_HEADER = "X-Mooring-Identity";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final int port;

  public ServiceHttp(int port) {
    this.port = port;
  }

  /** An HTTP answer with its JSON body (empty object when there is none). */
  public record Response(int status, String contentType, JsonNode body) {}

  public Response get(String path, String identity) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), identity);
  }

  public Response post(String path, String identity, String json) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)),
        identity);
  }

  public Response delete(String path, String identity) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), identity);
  }

  private Response send(HttpRequest.Builder request, String identity) throws Exception {
    if (identity != null) {
      request.header(IDENTITY_HEADER, identity);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body =
        response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    return new Response(
        response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
