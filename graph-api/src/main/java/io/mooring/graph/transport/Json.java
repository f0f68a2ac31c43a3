package io.mooring.graph.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Small, lenient readers for Graph JSON: Meta sends ids as strings and flags as strings too. */
public final class Json {

  private Json() {}

  /** A string or number field, or empty when missing or null. */
  public static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isString()) {
      return Optional.of(value.stringValue());
    }
    if (value.isNumber() || value.isBoolean()) {
      return Optional.of(value.asString());
    }
    return Optional.empty();
  }

  /** A whole number (sent as number or string) above zero; empty when absent, zero or odd. */
  public static Optional<Long> positiveLong(JsonNode node, String field) {
    return text(node, field)
        .flatMap(
            value -> {
              try {
                return Optional.of(Long.parseLong(value.trim()));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            })
        .filter(value -> value > 0);
  }

  /** A field the operation cannot do without. */
  public static String requiredText(JsonNode node, String field) {
    return text(node, field)
        .filter(value -> !value.isBlank())
        .orElseThrow(() -> new MalformedResponseException("missing field '" + field + "'"));
  }

  /** Strings of an array field; empty when absent. */
  public static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : node.path(field).values()) {
      if (value.isString()) {
        values.add(value.stringValue());
      }
    }
    return values;
  }

  /** Maps each element of an array field. */
  public static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> mapper) {
    JsonNode array = node.path(field);
    if (!array.isArray()) {
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (JsonNode element : array.values()) {
      values.add(mapper.apply(element));
    }
    return List.copyOf(values);
  }

  /**
   * Meta's "it worked" answers: {@code true}, {@code {"success":true}} or {@code
   * {"success":"true"}}.
   */
  public static boolean success(JsonNode body) {
    if (body.isBoolean()) {
      return body.booleanValue();
    }
    JsonNode success = body.path("success");
    if (success.isBoolean()) {
      return success.booleanValue();
    }
    if (success.isString()) {
      return Boolean.parseBoolean(success.stringValue());
    }
    throw new MalformedResponseException("missing field 'success'");
  }
}
