package io.mooring.graphsimulator.graph;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code fields=a,b{c,d},e.limit(5)} into the top-level names {@code [a, b, e]}. */
public final class Fields {
  private Fields() {}

  public static List<String> parse(String fields) {
    List<String> names = new ArrayList<>();
    if (fields == null || fields.isBlank()) {
      return names;
    }
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < fields.length(); i++) {
      char c = fields.charAt(i);
      if (c == '{' || c == '(') {
        depth++;
      } else if (c == '}' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        add(names, current);
        current.setLength(0);
      } else if (depth == 0) {
        current.append(c);
      }
    }
    add(names, current);
    return names;
  }

  private static void add(List<String> names, StringBuilder raw) {
    String name = raw.toString().trim();
    int dot = name.indexOf('.');
    if (dot >= 0) {
      name = name.substring(0, dot);
    }
    if (!name.isEmpty() && !names.contains(name)) {
      names.add(name);
    }
  }
}
