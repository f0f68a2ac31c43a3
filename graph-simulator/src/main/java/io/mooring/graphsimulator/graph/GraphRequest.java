package io.mooring.graphsimulator.graph;

import java.util.Map;

/**
 * A Graph call independent of the transport: from HTTP, or one item of a batch. {@code params}
 * merges query string and body (first value wins); {@code baseUrl} has no trailing slash.
 */
public record GraphRequest(
    String method, String path, Map<String, String> params, String headerToken, String baseUrl) {

  public String param(String name) {
    String value = params.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** The token from {@code access_token}, or from an {@code Authorization: OAuth|Bearer} header. */
  public String accessToken() {
    String token = param("access_token");
    return token != null ? token : headerToken;
  }
}
