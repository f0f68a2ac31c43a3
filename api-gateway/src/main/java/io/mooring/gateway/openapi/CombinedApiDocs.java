package io.mooring.gateway.openapi;

import io.mooring.gateway.auth.PublicPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Merges the gateway's own OpenAPI description with each service's into the one description of
 * Mooring's public REST surface: a service's path appears under its public path only if a gateway
 * route serves it (internal endpoints stay out), its components are renamed {@code
 * <service>.<name>} so services cannot clash, and each operation says whether it needs a token.
 */
public final class CombinedApiDocs {
  public static final String BEARER = "bearerAuth";
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern LOCAL_REF = Pattern.compile("#/components/([^/]+)/(.+)");
  private static final GatewayRoute PUBLIC =
      new GatewayRoute(
          "public",
          null,
          java.util.stream.Stream.of(
                  PublicPaths.ROUTED, PublicPaths.OWN, List.of(PublicPaths.DEV_ISSUER))
              .flatMap(List::stream)
              .toList(),
          "");

  private CombinedApiDocs() {}

  /**
   * A service's description as fetched, or its absence.
   *
   * @param name the service (its first route's id), used to rename its components
   * @param routes the gateway routes to that service
   * @param document its OpenAPI document, or null when it could not be fetched
   */
  public record ServiceDocs(String name, List<GatewayRoute> routes, JsonNode document) {}

  public static ObjectNode combine(JsonNode gateway, List<ServiceDocs> services) {
    ObjectNode combined = ((ObjectNode) gateway).deepCopy();
    combined.remove("servers");
    ObjectNode info = combined.withObjectProperty("info");
    info.put("title", "Mooring API");
    info.put(
        "description",
        "Mooring's public REST surface, served by the API gateway: its own endpoints and those of"
            + " the services behind it. Send an access token (Authorization: Bearer) unless an"
            + " operation says security: [].");
    ObjectNode components = combined.withObjectProperty("components");
    components
        .withObjectProperty("securitySchemes")
        .putObject(BEARER)
        .put("type", "http")
        .put("scheme", "bearer")
        .put("bearerFormat", "JWT");
    combined.putArray("security").addObject().putArray(BEARER);

    Map<String, JsonNode> paths = new TreeMap<>();
    combined
        .withObjectProperty("paths")
        .properties()
        .forEach(e -> paths.put(e.getKey(), e.getValue()));
    paths.forEach(
        (path, item) -> stampOperations((ObjectNode) item, "api-gateway", isPublic(path)));

    ArrayNode unavailable = combined.arrayNode();
    for (ServiceDocs service : services) {
      if (service.document() == null) {
        unavailable.add(service.name());
        continue;
      }
      JsonNode document = renameComponents(service.document().deepCopy(), service.name());
      document
          .path("paths")
          .properties()
          .forEach(
              entry ->
                  publicPath(service, entry.getKey())
                      .ifPresent(
                          publicPath -> {
                            ObjectNode item = (ObjectNode) entry.getValue();
                            stampOperations(item, service.name(), isPublic(publicPath));
                            JsonNode existing = paths.get(publicPath);
                            if (existing instanceof ObjectNode existingItem) {
                              existingItem.setAll(item);
                            } else {
                              paths.put(publicPath, item);
                            }
                          }));
      document
          .path("components")
          .properties()
          .forEach(
              type -> {
                if (!type.getKey().equals("securitySchemes")) {
                  components.withObjectProperty(type.getKey()).setAll((ObjectNode) type.getValue());
                }
              });
      mergeTags(combined, document.path("tags"));
    }
    ObjectNode orderedPaths = combined.objectNode();
    paths.forEach(orderedPaths::set);
    combined.set("paths", orderedPaths);
    if (!unavailable.isEmpty()) {
      combined.set("x-mooring-unavailable-services", unavailable);
    }
    return combined;
  }

  private static java.util.Optional<String> publicPath(ServiceDocs service, String path) {
    return service.routes().stream()
        .map(route -> route.publicPrefix() + path)
        .filter(publicPath -> service.routes().stream().anyMatch(r -> r.serves(publicPath)))
        .findFirst();
  }

  private static boolean isPublic(String publicPath) {
    return PUBLIC.serves(publicPath);
  }

  private static void stampOperations(ObjectNode item, String service, boolean open) {
    item.properties()
        .forEach(
            operation -> {
              if (HTTP_METHODS.contains(operation.getKey())
                  && operation.getValue() instanceof ObjectNode op) {
                op.put("x-mooring-service", service);
                if (open) {
                  op.putArray("security");
                } else {
                  op.putArray("security").addObject().putArray(BEARER);
                }
              }
            });
  }

  /** Prefixes every component name with the service's and points every local $ref at it. */
  private static JsonNode renameComponents(JsonNode document, String service) {
    JsonNode components = document.path("components");
    if (components instanceof ObjectNode byType) {
      for (String type : new ArrayList<>(byType.propertyNames())) {
        if (type.equals("securitySchemes") || !(byType.get(type) instanceof ObjectNode named)) {
          continue;
        }
        ObjectNode renamed = byType.objectNode();
        named.properties().forEach(e -> renamed.set(service + "." + e.getKey(), e.getValue()));
        byType.set(type, renamed);
      }
    }
    rewriteRefs(document, service);
    return document;
  }

  private static void rewriteRefs(JsonNode node, String service) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref instanceof StringNode text) {
        Matcher local = LOCAL_REF.matcher(text.asString());
        if (local.matches() && !local.group(1).equals("securitySchemes")) {
          object.put(
              "$ref", "#/components/" + local.group(1) + "/" + service + "." + local.group(2));
        }
      }
      object.values().forEach(child -> rewriteRefs(child, service));
    } else if (node instanceof ArrayNode array) {
      array.values().forEach(child -> rewriteRefs(child, service));
    }
  }

  private static void mergeTags(ObjectNode combined, JsonNode tags) {
    if (!tags.isArray()) {
      return;
    }
    ArrayNode all = combined.withArrayProperty("tags");
    for (JsonNode tag : tags) {
      String name = tag.path("name").asString();
      boolean known = false;
      for (JsonNode existing : all) {
        known |= existing.path("name").asString().equals(name);
      }
      if (!known) {
        all.add(tag);
      }
    }
  }
}
