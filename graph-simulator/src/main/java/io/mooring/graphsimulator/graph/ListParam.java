package io.mooring.graphsimulator.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses list parameters in both forms clients send: a comma list ({@code MANAGE,ANALYZE}) or a
 * JSON array ({@code ["MANAGE","ANALYZE"]}, as Meta's SDKs send).
 */
public final class ListParam {
  private ListParam() {}

  public static List<String> parse(String raw) {
    List<String> values = new ArrayList<>();
    if (raw == null) {
      return values;
    }
    String text = raw.trim();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    for (String part : text.split(",")) {
      String value = part.trim();
      if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
        value = value.substring(1, value.length() - 1);
      }
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }
}
