package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.gateway.openapi.GatewayRoute;
import io.mooring.gateway.testing.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;

/** One OpenAPI description of the whole REST surface, documenting every route. */
class OpenApiIT extends GatewayTestSupport {
  @Autowired GatewayMvcProperties gateway;

  private JsonNode combined() throws Exception {
    HttpResponse docs = get("/v3/api-docs", null);
    assertThat(docs.status()).as(docs.text()).isEqualTo(200);
    return docs.body();
  }

  private static List<String> paths(JsonNode docs) {
    List<String> paths = new ArrayList<>();
    docs.path("paths").properties().forEach(e -> paths.add(e.getKey()));
    return paths;
  }

  @Test
  void everyRoutePatternIsDocumented() throws Exception {
    List<String> documented = paths(combined());

    List<GatewayRoute> routes = GatewayRoute.all(gateway);
    assertThat(routes).extracting(GatewayRoute::id).hasSize(4);
    for (GatewayRoute route : routes) {
      for (String pattern : route.pathPatterns()) {
        var parsed = PathPatternParser.defaultInstance.parse(pattern);
        assertThat(documented)
            .as("route %s, pattern %s", route.id(), pattern)
            .anyMatch(
                path ->
                    parsed.matches(PathContainer.parsePath(path.replaceAll("\\{[^}/]+}", "x"))));
      }
    }
  }

  @Test
  void theGatewaysOwnEndpointsAreDocumentedAndInternalOnesAreNot() throws Exception {
    JsonNode docs = combined();

    assertThat(paths(docs))
        .contains(
            "/dev/tokens",
            "/actuator/health",
            "/api/business-managers/{businessManagerId}/system-user",
            "/api/notifications",
            "/report-links/jobs/{jobId}.xlsx")
        .doesNotContain("/internal/ping", "/notifications", "/v3/api-docs");
    assertThat(docs.path("x-mooring-unavailable-services").isMissingNode()).isTrue();
  }

  @Test
  void publicOperationsNeedNoTokenAndTheOthersABearerToken() throws Exception {
    JsonNode paths = combined().path("paths");

    assertThat(
            paths.path("/api/business-managers/connections/callback").path("get").path("security"))
        .isEmpty();
    assertThat(paths.path("/report-links/jobs/{jobId}.xlsx").path("get").path("security"))
        .isEmpty();
    assertThat(
            paths
                .path("/api/business-managers")
                .path("get")
                .path("security")
                .get(0)
                .has("bearerAuth"))
        .isTrue();
    assertThat(paths.path("/api/enablement-jobs").path("post").path("x-mooring-service").asString())
        .isEqualTo("page-subscription-worker");
  }

  @Test
  void everyReferenceResolvesInTheCombinedComponents() throws Exception {
    JsonNode docs = combined();
    List<String> refs = new ArrayList<>();
    collectRefs(docs, refs);

    assertThat(refs).isNotEmpty().anyMatch(ref -> ref.contains("bm-connector."));
    for (String ref : refs) {
      String[] parts = ref.substring("#/components/".length()).split("/", 2);
      assertThat(docs.path("components").path(parts[0]).has(parts[1])).as(ref).isTrue();
    }
  }

  @Test
  void swaggerUiShowsTheCombinedDescription() throws Exception {
    HttpResponse config = get("/v3/api-docs/gateway/swagger-config", null);
    HttpResponse ui = get("/swagger-ui/index.html", null);

    assertThat(config.text()).contains("\"url\":\"/v3/api-docs\"");
    assertThat(ui.status()).isEqualTo(200);
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                if (e.getKey().equals("$ref")) {
                  refs.add(e.getValue().asString());
                } else {
                  collectRefs(e.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
