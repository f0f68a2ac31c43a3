package io.mooring.gateway.openapi;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.config.RouteProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A configured route as the API description needs it: which public paths it serves, where, and what
 * public prefix its filters strip before the service sees the path (route metadata {@value
 * #PUBLIC_PREFIX}).
 *
 * @param id the route id
 * @param uri the service behind it
 * @param pathPatterns its {@code Path} predicate patterns
 * @param publicPrefix prepended to a service's own paths to get the public ones
 */
public record GatewayRoute(String id, URI uri, List<String> pathPatterns, String publicPrefix) {
  public static final String PUBLIC_PREFIX = "mooring-public-prefix";

  public static List<GatewayRoute> all(GatewayMvcProperties properties) {
    return properties.getRoutes().stream().map(GatewayRoute::of).toList();
  }

  static GatewayRoute of(RouteProperties route) {
    List<String> patterns =
        route.getPredicates().stream()
            .filter(predicate -> "Path".equalsIgnoreCase(predicate.getName()))
            .flatMap(predicate -> predicate.getArgs().values().stream())
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::trim)
            .filter(pattern -> !pattern.isEmpty())
            .toList();
    Map<String, Object> metadata = route.getMetadata();
    Object prefix = metadata == null ? null : metadata.get(PUBLIC_PREFIX);
    return new GatewayRoute(route.getId(), route.getUri(), patterns, Objects.toString(prefix, ""));
  }

  /** Whether this route serves the public path (a template: {@code {id}} matches any value). */
  public boolean serves(String publicPathTemplate) {
    PathContainer path = PathContainer.parsePath(publicPathTemplate.replaceAll("\\{[^}/]+}", "x"));
    return pathPatterns.stream()
        .map(PathPatternParser.defaultInstance::parse)
        .anyMatch((PathPattern pattern) -> pattern.matches(path));
  }
}
