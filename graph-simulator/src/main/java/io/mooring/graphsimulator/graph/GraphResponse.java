package io.mooring.graphsimulator.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/** Status, JSON-able body (maps, lists, strings, numbers, booleans) and extra headers. */
public final class GraphResponse {
  private final int status;
  private final Object body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public GraphResponse(int status, Object body) {
    this.status = status;
    this.body = body;
  }

  public int status() {
    return status;
  }

  public Object body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public GraphResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
