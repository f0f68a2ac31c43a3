package io.mooring.graph.token;

import java.util.List;

/** A scope limited to some assets. {@code targetIds} is empty when the scope covers all assets. */
public record GranularScope(String scope, List<String> targetIds) {

  public GranularScope {
    targetIds = List.copyOf(targetIds);
  }
}
