package io.mooring.graph;

import io.mooring.graph.transport.Json;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One page of a Graph list ({@code data} plus {@code paging}). Pass {@link #after()} back to the
 * same operation to fetch the next page while {@link #hasNext()}.
 */
public record Paged<T>(
    List<T> data, Optional<String> before, Optional<String> after, boolean hasNext) {

  public Paged {
    data = List.copyOf(data);
  }

  /** Reads {@code {"data":[...],"paging":{"cursors":{"before","after"},"next"}}}. */
  public static <T> Paged<T> from(JsonNode body, Function<JsonNode, T> mapper) {
    JsonNode paging = body.path("paging");
    JsonNode cursors = paging.path("cursors");
    return new Paged<>(
        Json.list(body, "data", mapper),
        Json.text(cursors, "before"),
        Json.text(cursors, "after"),
        Json.text(paging, "next").isPresent());
  }
}
