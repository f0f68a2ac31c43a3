package io.mooring.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CombinedApiDocsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNode GATEWAY =
      JSON.readTree(
          """
          {"openapi":"3.1.0","info":{"title":"gw","version":"v1"},
           "servers":[{"url":"http://localhost:1234"}],
           "paths":{"/dev/tokens":{"post":{"responses":{"201":{"description":"ok"}}}}}}
          """);
  private static final JsonNode NOTIFICATIONS =
      JSON.readTree(
          """
          {"openapi":"3.1.0","paths":{
            "/notifications":{"get":{"responses":{"200":{"content":{"application/json":
                {"schema":{"$ref":"#/components/schemas/Page"}}}}}}},
            "/report-links/jobs/{jobId}.xlsx":{"get":{"responses":{"200":{"description":"x"}}}},
            "/internal/ping":{"get":{"responses":{"200":{"description":"x"}}}}},
           "components":{"schemas":{"Page":{"type":"object","properties":{"items":{"type":"array",
               "items":{"$ref":"#/components/schemas/Note"}}}},"Note":{"type":"object"}}}}
          """);
  private static final URI SERVICE = URI.create("http://notes:8084");
  private static final List<GatewayRoute> ROUTES =
      List.of(
          new GatewayRoute("notes", SERVICE, List.of("/api/notifications/**"), "/api"),
          new GatewayRoute("links", SERVICE, List.of("/report-links/**"), ""));

  @Test
  void servicePathsAppearUnderTheirPublicPathsAndInternalOnesDoNot() {
    JsonNode combined =
        CombinedApiDocs.combine(
            GATEWAY, List.of(new CombinedApiDocs.ServiceDocs("notes", ROUTES, NOTIFICATIONS)));

    assertThat(combined.path("paths").propertyNames())
        .containsExactly("/api/notifications", "/dev/tokens", "/report-links/jobs/{jobId}.xlsx");
    assertThat(combined.has("servers")).isFalse();
  }

  @Test
  void componentsAreRenamedPerServiceWithTheirReferences() {
    JsonNode combined =
        CombinedApiDocs.combine(
            GATEWAY, List.of(new CombinedApiDocs.ServiceDocs("notes", ROUTES, NOTIFICATIONS)));

    JsonNode schemas = combined.path("components").path("schemas");
    assertThat(schemas.propertyNames()).containsExactlyInAnyOrder("notes.Page", "notes.Note");
    assertThat(
            schemas
                .path("notes.Page")
                .path("properties")
                .path("items")
                .path("items")
                .path("$ref")
                .asString())
        .isEqualTo("#/components/schemas/notes.Note");
    assertThat(
            combined
                .path("paths")
                .path("/api/notifications")
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString())
        .isEqualTo("#/components/schemas/notes.Page");
  }

  @Test
  void publicOperationsAreOpenAndTheRestNeedABearerToken() {
    JsonNode paths =
        CombinedApiDocs.combine(
                GATEWAY, List.of(new CombinedApiDocs.ServiceDocs("notes", ROUTES, NOTIFICATIONS)))
            .path("paths");

    assertThat(paths.path("/report-links/jobs/{jobId}.xlsx").path("get").path("security"))
        .isEmpty();
    assertThat(
            paths.path("/api/notifications").path("get").path("security").get(0).has("bearerAuth"))
        .isTrue();
    assertThat(paths.path("/api/notifications").path("get").path("x-mooring-service").asString())
        .isEqualTo("notes");
  }

  @Test
  void aServiceWithoutADescriptionIsListedAsUnavailable() {
    JsonNode combined =
        CombinedApiDocs.combine(
            GATEWAY, List.of(new CombinedApiDocs.ServiceDocs("notes", ROUTES, null)));

    assertThat(combined.path("x-mooring-unavailable-services").get(0).asString())
        .isEqualTo("notes");
    assertThat(combined.path("paths").propertyNames()).containsExactly("/dev/tokens");
  }
}
