package io.mooring.graphsimulator.token;

/** Values of {@code debug_token.data.type}. */
public enum TokenType {
  USER,
  SYSTEM_USER,
  PAGE,
  APP
}
