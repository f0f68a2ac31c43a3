package io.mooring.graph.batch;

import io.mooring.graph.error.GraphApiException;
import tools.jackson.databind.JsonNode;

/** The outcome of one batch item, in request order. */
public sealed interface BatchItemResult
    permits BatchItemResult.Success, BatchItemResult.Failure, BatchItemResult.NoResponse {

  /** Position of the item in the batch, from 0. */
  int index();

  /** The item worked; {@code body} is its parsed JSON body. */
  record Success(int index, int code, JsonNode body) implements BatchItemResult {}

  /** The item failed; the error is classified exactly like a single call's. */
  record Failure(int index, GraphApiException error) implements BatchItemResult {}

  /**
   * Meta returned {@code null} for the item: it was not run (a dependency failed) or its answer was
   * omitted on success.
   */
  record NoResponse(int index) implements BatchItemResult {}
}
