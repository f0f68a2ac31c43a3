package io.mooring.notification.testing;

import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running service, as the gateway would call it (identity header). */
public final class TestHttp {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;
  private final InternalIdentityTokens tokens;

  public TestHttp(int port, InternalIdentityTokens tokens) {
    this.baseUrl = "http://localhost:" + port;
    this.tokens = tokens;
  }

  public HttpRequest.Builder request(String path, Caller caller) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (caller != null) {
      builder.header(InternalIdentityTokens.HEADER, tokens.mint(caller));
    }
    return builder;
  }

  public HttpResponse<String> get(String path, Caller caller) {
    return send(request(path, caller).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path, Caller caller) {
    return send(request(path, caller).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, Caller caller) {
    return send(
        request(path, caller).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpClient client() {
    return client;
  }

  public static JsonNode json(String body) {
    return JSON.readTree(body);
  }
}
