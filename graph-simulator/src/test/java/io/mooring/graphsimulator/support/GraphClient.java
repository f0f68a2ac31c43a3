package io.mooring.graphsimulator.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small Graph client for tests: adds access_token and (optionally) appsecret_proof. */
public final class GraphClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final HttpClient http;
  private final String baseUrl;
  private final String appSecret;
  private final String version;

  public GraphClient(String baseUrl, String appSecret) {
    this(baseUrl, appSecret, "v26.0");
  }

  public GraphClient(String baseUrl, String appSecret, String version) {
    this.baseUrl = baseUrl;
    this.appSecret = appSecret;
    this.version = version;
    this.http = baseUrl.startsWith("https:") ? tlsClient() : HTTP;
  }

  private static HttpClient tlsClient() {
    try {
      return HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .sslContext(TestTls.sslContext())
          .build();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The answer: status, JSON body and headers. */
  public record Response(int status, JsonNode body, HttpResponse<String> raw) {
    public JsonNode error() {
      return body.path("error");
    }

    public int errorCode() {
      return error().path("code").asInt(-1);
    }

    public Integer errorSubcode() {
      JsonNode subcode = error().get("error_subcode");
      return subcode == null ? null : subcode.asInt();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public boolean ok() {
      return status == 200 && !body.has("error");
    }
  }

  public String proof(String token) {
    return proof(token, appSecret);
  }

  public static String proof(String token, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Response get(String path, String token, String... params) {
    return call("GET", path, withAuth(token, params), true);
  }

  public Response post(String path, String token, String... params) {
    return call("POST", path, withAuth(token, params), true);
  }

  public Response delete(String path, String token, String... params) {
    return call("DELETE", path, withAuth(token, params), true);
  }

  /** Without appsecret_proof. */
  public Response getWithoutProof(String path, String token, String... params) {
    Map<String, String> all = pairs(params);
    all.put("access_token", token);
    return call("GET", path, all, true);
  }

  /** Exactly these parameters; {@code versioned=false} calls the path without a version. */
  public Response call(String method, String path, Map<String, String> params, boolean versioned) {
    String url = baseUrl + (versioned ? "/" + version : "") + path;
    String form = encode(params);
    HttpRequest.Builder request;
    if (method.equals("GET")) {
      request = HttpRequest.newBuilder(URI.create(form.isEmpty() ? url : url + "?" + form)).GET();
    } else {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .method(method, HttpRequest.BodyPublishers.ofString(form));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body =
          response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> withAuth(String token, String... params) {
    Map<String, String> all = pairs(params);
    if (token != null) {
      all.put("access_token", token);
      if (!token.contains("|")) {
        all.put("appsecret_proof", proof(token));
      }
    }
    return all;
  }

  public static Map<String, String> pairs(String... params) {
    if (params.length % 2 != 0) {
      throw new IllegalArgumentException("params come in name/value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      map.put(params[i], params[i + 1]);
    }
    return map;
  }

  private static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
