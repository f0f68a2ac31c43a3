package io.mooring.graph.token;

import java.util.Locale;

/** {@code debug_token}'s {@code type}. Meta publishes no full enum; others map to UNKNOWN. */
public enum TokenType {
  USER,
  PAGE,
  APP,
  SYSTEM_USER,
  UNKNOWN;

  public static TokenType fromGraph(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
