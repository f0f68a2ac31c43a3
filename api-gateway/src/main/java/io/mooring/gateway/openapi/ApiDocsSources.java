package io.mooring.gateway.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches the OpenAPI descriptions to combine: the gateway's own (springdoc) and each routed
 * service's {@code /v3/api-docs}, at request time, so the combined description follows what is
 * deployed. A service that does not answer is listed as unavailable, never fatal.
 */
@Component
class ApiDocsSources {
  static final String SERVICE_API_DOCS = "/v3/api-docs";
  private static final Logger log = LoggerFactory.getLogger(ApiDocsSources.class);

  private final GatewayMvcProperties gateway;
  private final Environment environment;
  private final JsonMapper json;
  private final RestClient http;

  ApiDocsSources(
      GatewayMvcProperties gateway,
      Environment environment,
      JsonMapper json,
      RestClient.Builder restClients) {
    this.gateway = gateway;
    this.environment = environment;
    this.json = json;
    var factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    factory.setReadTimeout(Duration.ofSeconds(5));
    this.http = restClients.clone().requestFactory(factory).build();
  }

  JsonNode gateway() {
    String port = environment.getProperty("local.server.port", "8080");
    String path = environment.getProperty("springdoc.api-docs.path", "/v3/api-docs/gateway");
    JsonNode own = fetch(URI.create("http://localhost:" + port + path));
    if (own == null) {
      throw new IllegalStateException("the gateway's own API description is unavailable");
    }
    return own;
  }

  /** One entry per service (routes to the same URI share it), in route order. */
  List<CombinedApiDocs.ServiceDocs> services() {
    Map<URI, List<GatewayRoute>> byService = new LinkedHashMap<>();
    for (GatewayRoute route : GatewayRoute.all(gateway)) {
      byService.computeIfAbsent(route.uri(), uri -> new ArrayList<>()).add(route);
    }
    List<CombinedApiDocs.ServiceDocs> services = new ArrayList<>();
    byService.forEach(
        (uri, routes) ->
            services.add(
                new CombinedApiDocs.ServiceDocs(
                    routes.get(0).id(), routes, fetch(uri.resolve(SERVICE_API_DOCS)))));
    return services;
  }

  private JsonNode fetch(URI uri) {
    try {
      String body = http.get().uri(uri).retrieve().body(String.class);
      return body == null ? null : json.readTree(body);
    } catch (RestClientException | JacksonException e) {
      log.warn("No API description from {}: {}", uri, e.getMessage());
      return null;
    }
  }
}
