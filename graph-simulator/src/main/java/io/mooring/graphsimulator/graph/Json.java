package io.mooring.graphsimulator.graph;

import tools.jackson.databind.json.JsonMapper;

/** One shared, thread-safe mapper for Graph bodies. */
public final class Json {
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  public static byte[] bytes(Object value) {
    return MAPPER.writeValueAsBytes(value);
  }
}
