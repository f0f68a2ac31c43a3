package io.mooring.graphsimulator.graph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Parses the {@code batch} parameter into Graph requests. */
final class BatchItems {
  static final int MAX_ITEMS = 50;

  /** One batch entry. */
  record Item(GraphRequest request, boolean omitResponseOnSuccess) {}

  private BatchItems() {}

  static List<Item> parse(GraphRequest outer) {
    String raw = outer.param("batch");
    if (raw == null) {
      throw GraphErrors.missingParameter("batch");
    }
    JsonNode array;
    try {
      array = Json.MAPPER.readTree(raw);
    } catch (JacksonException e) {
      throw GraphErrors.invalidParameter("Param batch must be a JSON array");
    }
    if (array == null || !array.isArray()) {
      throw GraphErrors.invalidParameter("Param batch must be a JSON array");
    }
    if (array.size() > MAX_ITEMS) {
      throw new GraphException(
          new GraphError(
              400,
              "Too many requests in batch message. Maximum batch size is " + MAX_ITEMS,
              "GraphBatchException",
              100,
              null,
              false,
              null,
              null));
    }
    List<Item> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      items.add(item(outer, array.get(i), i));
    }
    return items;
  }

  private static Item item(GraphRequest outer, JsonNode node, int index) {
    String relativeUrl = text(node, "relative_url");
    if (relativeUrl == null) {
      throw GraphErrors.invalidParameter("Missing relative_url in batch request " + index);
    }
    String method = text(node, "method");
    method = method == null ? "GET" : method.toUpperCase();
    int query = relativeUrl.indexOf('?');
    String path = query >= 0 ? relativeUrl.substring(0, query) : relativeUrl;
    Map<String, String> params = new LinkedHashMap<>();
    if (query >= 0) {
      parseForm(relativeUrl.substring(query + 1), params);
    }
    String body = text(node, "body");
    if (body != null) {
      parseForm(body, params);
    }
    if (!params.containsKey("access_token") && outer.accessToken() != null) {
      params.put("access_token", outer.accessToken());
      String proof = outer.param("appsecret_proof");
      if (proof != null && !params.containsKey("appsecret_proof")) {
        params.put("appsecret_proof", proof);
      }
    }
    String normalized = path.startsWith("/") ? path : "/" + path;
    boolean omit =
        node.has("omit_response_on_success") && node.get("omit_response_on_success").asBoolean();
    return new Item(new GraphRequest(method, normalized, params, null, outer.baseUrl()), omit);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  static void parseForm(String form, Map<String, String> into) {
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key =
          URLDecoder.decode(eq >= 0 ? pair.substring(0, eq) : pair, StandardCharsets.UTF_8);
      String value =
          eq >= 0 ? URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8) : "";
      into.putIfAbsent(key, value);
    }
  }
}
