package io.mooring.graph.batch;

import io.mooring.graph.transport.HttpMethod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request inside a batch. The batch's token and {@code appsecret_proof} apply to every item, so
 * items carry no token of their own.
 *
 * @param relativePath path below the version, e.g. {@code me} or {@code 123/subscribed_apps}
 * @param params query parameters for GET, form body for POST and DELETE
 * @param name Meta's optional item name (for JSONPath references between items), or null
 */
public record BatchItem(
    HttpMethod method, String relativePath, Map<String, String> params, String name) {

  public BatchItem {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(relativePath, "relativePath");
    relativePath = relativePath.startsWith("/") ? relativePath.substring(1) : relativePath;
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    if (params.containsKey("access_token") || params.containsKey("appsecret_proof")) {
      throw new IllegalArgumentException("batch items use the batch's token; remove access_token");
    }
  }

  public static BatchItem get(String relativePath, Map<String, String> params) {
    return new BatchItem(HttpMethod.GET, relativePath, params, null);
  }

  public static BatchItem post(String relativePath, Map<String, String> params) {
    return new BatchItem(HttpMethod.POST, relativePath, params, null);
  }

  public static BatchItem delete(String relativePath, Map<String, String> params) {
    return new BatchItem(HttpMethod.DELETE, relativePath, params, null);
  }

  public BatchItem named(String itemName) {
    return new BatchItem(method, relativePath, params, itemName);
  }
}
