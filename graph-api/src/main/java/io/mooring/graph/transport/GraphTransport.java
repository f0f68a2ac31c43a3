package io.mooring.graph.transport;

import io.mooring.graph.GraphApiConfig;
import io.mooring.graph.error.ErrorClassifier;
import io.mooring.graph.error.ErrorDetails;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.error.GraphError;
import io.mooring.graph.error.GraphOutcome;
import io.mooring.graph.error.TransientException;
import io.mooring.graph.error.TransientKind;
import io.mooring.graph.metrics.GraphMetrics;
import io.mooring.graph.token.Secrets;
import io.mooring.graph.usage.GraphUsage;
import io.mooring.graph.usage.UsageHeaders;
import io.mooring.graph.usage.UsageListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends Graph calls over one pooled JDK {@link HttpClient}: adds {@code access_token} and {@code
 * appsecret_proof} to every call, reads usage headers, turns failures into typed exceptions and
 * times each call. Shared by all feature clients of a {@link io.mooring.graph.GraphApiClient}.
 */
public final class GraphTransport {

  private static final Logger log = LoggerFactory.getLogger(GraphTransport.class);
  private static final String USER_AGENT = "mooring-graph-api";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final GraphApiConfig config;
  private final HttpClient http;
  private final JsonMapper json;
  private final UsageHeaders usageHeaders;
  private final ErrorClassifier classifier;
  private final GraphMetrics metrics;
  private final List<UsageListener> usageListeners;

  public GraphTransport(
      GraphApiConfig config,
      HttpClient http,
      JsonMapper json,
      GraphMetrics metrics,
      List<UsageListener> usageListeners) {
    this.config = config;
    this.http = http;
    this.json = json;
    this.usageHeaders = new UsageHeaders(json);
    this.classifier =
        new ErrorClassifier(config.defaultThrottleRetryAfter(), config.policyBlockRetryAfter());
    this.metrics = metrics;
    this.usageListeners = List.copyOf(usageListeners);
  }

  public GraphApiConfig config() {
    return config;
  }

  public JsonMapper json() {
    return json;
  }

  public GraphMetrics metrics() {
    return metrics;
  }

  /**
   * Sends the request and parses a successful answer.
   *
   * @throws GraphApiException a subtype for every failure, Meta's or the network's
   */
  public <T> T execute(GraphRequest request, ResponseParser<T> parser) {
    long start = System.nanoTime();
    GraphOutcome outcome = GraphOutcome.TRANSIENT;
    try {
      GraphResponse response = exchange(request);
      T result = parse(request, response, parser);
      outcome = GraphOutcome.SUCCESS;
      return result;
    } catch (GraphApiException e) {
      outcome = e.outcome();
      log.debug("Graph {} failed: {}", request.operation(), e.getMessage());
      throw e;
    } finally {
      metrics.recordRequest(
          request.operation(), outcome, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * The exception for a Meta error inside {@code body}, if there is one. Used for batch items,
   * whose failures arrive inside a successful batch answer.
   */
  public Optional<GraphApiException> failureIn(
      GraphRequest request, int status, JsonNode body, GraphUsage usage) {
    return metaError(request, body)
        .map(
            error ->
                classifier.classify(
                    ErrorDetails.ofMetaError(request.operation(), status, error, usage)));
  }

  /** Secrets of a request, for scrubbing text that might echo them. */
  public List<String> secretsOf(GraphRequest request) {
    List<String> secrets = new ArrayList<>(request.secretValues());
    secrets.add(request.token().value());
    secrets.add(config.appSecret());
    return secrets;
  }

  private GraphResponse exchange(GraphRequest request) {
    HttpResponse<String> answer = send(request);
    GraphUsage usage = usageHeaders.parse(answer.headers()::firstValue);
    notifyUsage(request.operation(), usage);
    int status = answer.statusCode();
    log.debug(
        "Graph {} {} {} -> {}", request.operation(), request.method(), logPath(request), status);

    JsonNode body = readJson(answer.body());
    if (body != null) {
      Optional<GraphApiException> failure = failureIn(request, status, body, usage);
      if (failure.isPresent()) {
        throw failure.get();
      }
    }
    if (status >= 500) {
      throw transientFailure(request, status, usage, TransientKind.SERVER_ERROR);
    }
    if (status < 200 || status >= 300 || body == null) {
      throw transientFailure(request, status, usage, TransientKind.MALFORMED_RESPONSE);
    }
    return new GraphResponse(status, body, usage);
  }

  private <T> T parse(GraphRequest request, GraphResponse response, ResponseParser<T> parser) {
    try {
      return parser.parse(response);
    } catch (MalformedResponseException e) {
      throw malformed(request, response, e.getMessage());
    } catch (JacksonException e) {
      // Jackson's message quotes the body, which may hold a token: keep it out.
      throw malformed(request, response, "invalid JSON");
    } catch (GraphApiException e) {
      throw e;
    } catch (RuntimeException e) {
      // Errors must become types; the message of an unexpected failure may quote the body.
      throw malformed(request, response, e.getClass().getSimpleName());
    }
  }

  private static TransientException malformed(
      GraphRequest request, GraphResponse response, String reason) {
    return new TransientException(
        ErrorDetails.withoutMetaError(request.operation(), response.status(), response.usage()),
        TransientKind.MALFORMED_RESPONSE,
        "[" + request.operation() + "] unexpected response body: " + reason,
        null);
  }

  private HttpResponse<String> send(GraphRequest request) {
    try {
      return http.send(toHttpRequest(request), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw transportFailure(request, TransientKind.TIMEOUT, e);
    } catch (IOException e) {
      // Refused, reset, closed mid-answer, TLS failures.
      throw transportFailure(request, TransientKind.CONNECTION_FAILED, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw transportFailure(request, TransientKind.INTERRUPTED, e);
    }
  }

  private HttpRequest toHttpRequest(GraphRequest request) {
    Map<String, String> params = new LinkedHashMap<>(request.params());
    String token = request.token().value();
    params.put("access_token", token);
    params.put("appsecret_proof", AppSecretProof.of(config.appSecret(), token));
    String form = FormEncoding.encode(params);

    HttpRequest.Builder builder =
        HttpRequest.newBuilder()
            .timeout(config.readTimeout())
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT);
    if (request.method() == HttpMethod.GET) {
      return builder.uri(URI.create(url(request) + "?" + form)).GET().build();
    }
    return builder
        .uri(URI.create(url(request)))
        .header("Content-Type", FORM)
        .method(request.method().name(), HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private String url(GraphRequest request) {
    StringBuilder url = new StringBuilder(config.baseUrl().toString()).append('/');
    if (request.versioned()) {
      url.append(config.apiVersion()).append('/');
    }
    return url.append(request.path()).toString();
  }

  /** Path for logs: never the query string, which holds the token. */
  private String logPath(GraphRequest request) {
    return "/" + (request.versioned() ? config.apiVersion() + "/" : "") + request.path();
  }

  private JsonNode readJson(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = json.readTree(body);
      return node == null || node.isMissingNode() ? null : node;
    } catch (JacksonException e) {
      return null;
    }
  }

  private Optional<GraphError> metaError(GraphRequest request, JsonNode body) {
    JsonNode error = body.path("error");
    if (!error.isObject()) {
      return Optional.empty();
    }
    List<String> secrets = secretsOf(request);
    JsonNode transientHint = error.path("is_transient");
    return Optional.of(
        new GraphError(
            error.path("code").asInt(0),
            Json.text(error, "error_subcode").map(GraphTransport::parseIntOrNull).orElse(null),
            Json.text(error, "type").orElse(null),
            Json.text(error, "message").map(text -> Secrets.scrub(text, secrets)).orElse(null),
            Json.text(error, "fbtrace_id").orElse(null),
            transientHint.isBoolean() ? transientHint.booleanValue() : null));
  }

  private static Integer parseIntOrNull(String value) {
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static TransientException transientFailure(
      GraphRequest request, int status, GraphUsage usage, TransientKind kind) {
    return new TransientException(
        ErrorDetails.withoutMetaError(request.operation(), status, usage), kind);
  }

  private static TransientException transportFailure(
      GraphRequest request, TransientKind kind, Exception cause) {
    return new TransientException(
        ErrorDetails.withoutMetaError(request.operation(), 0, GraphUsage.NONE),
        kind,
        "[" + request.operation() + "] " + kind + " (" + cause.getClass().getSimpleName() + ")",
        cause);
  }

  private void notifyUsage(String operation, GraphUsage usage) {
    if (usage.isEmpty()) {
      return;
    }
    for (UsageListener listener : usageListeners) {
      try {
        listener.onUsage(operation, usage);
      } catch (RuntimeException e) {
        log.warn("Usage listener {} failed", listener.getClass().getName(), e);
      }
    }
  }
}
