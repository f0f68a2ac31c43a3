package io.mooring.graph.batch;

import io.mooring.graph.error.ErrorDetails;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.error.GraphOutcome;
import io.mooring.graph.error.TransientException;
import io.mooring.graph.error.TransientKind;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.transport.FormEncoding;
import io.mooring.graph.transport.GraphRequest;
import io.mooring.graph.transport.GraphResponse;
import io.mooring.graph.transport.GraphTransport;
import io.mooring.graph.transport.HttpMethod;
import io.mooring.graph.transport.MalformedResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph batch requests ({@code POST /} with {@code batch=[...]}). Each item counts as one call
 * against rate limits; the batch saves round trips, not quota.
 */
public final class BatchClient {

  /** Meta's limit: "Batch requests are limited to 50 requests per batch". */
  public static final int MAX_ITEMS = 50;

  static final String OPERATION = "batch";

  private final GraphTransport transport;

  public BatchClient(GraphTransport transport) {
    this.transport = transport;
  }

  /**
   * Sends the items in one batch. A failed item does not fail the batch: it becomes a {@link
   * BatchItemResult.Failure}. Operation {@code batch}.
   *
   * @throws IllegalArgumentException for an empty batch or more than {@value #MAX_ITEMS} items,
   *     before anything is sent
   * @throws GraphApiException when the batch itself fails
   */
  public List<BatchItemResult> execute(AccessToken token, List<BatchItem> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one request");
    }
    if (items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "a batch holds at most "
              + MAX_ITEMS
              + " requests (Meta's limit); got "
              + items.size()
              + ": split it");
    }
    GraphRequest request =
        GraphRequest.post(OPERATION, "")
            .unversioned()
            .token(token)
            .param("include_headers", false)
            .param("batch", batchJson(items))
            .build();
    List<BatchItemResult> results =
        transport.execute(request, response -> results(request, response, items.size()));
    results.forEach(this::recordItem);
    return results;
  }

  private String batchJson(List<BatchItem> items) {
    ArrayNode batch = transport.json().createArrayNode();
    for (BatchItem item : items) {
      ObjectNode entry = batch.addObject();
      entry.put("method", item.method().name());
      String relativeUrl = transport.config().apiVersion() + "/" + item.relativePath();
      if (item.method() == HttpMethod.GET) {
        if (!item.params().isEmpty()) {
          relativeUrl += "?" + FormEncoding.encode(item.params());
        }
      } else if (!item.params().isEmpty()) {
        entry.put("body", FormEncoding.encode(item.params()));
      }
      entry.put("relative_url", relativeUrl);
      if (item.name() != null) {
        entry.put("name", item.name());
      }
    }
    return transport.json().writeValueAsString(batch);
  }

  private List<BatchItemResult> results(
      GraphRequest request, GraphResponse response, int expected) {
    JsonNode answers = response.body();
    if (!answers.isArray() || answers.size() != expected) {
      throw new MalformedResponseException("batch answer is not an array of " + expected);
    }
    List<BatchItemResult> results = new ArrayList<>(expected);
    for (int index = 0; index < expected; index++) {
      results.add(result(request, response, index, answers.get(index)));
    }
    return List.copyOf(results);
  }

  private BatchItemResult result(
      GraphRequest request, GraphResponse response, int index, JsonNode answer) {
    if (answer == null || answer.isNull()) {
      return new BatchItemResult.NoResponse(index);
    }
    int code = answer.path("code").asInt(0);
    Optional<JsonNode> body = itemBody(answer.path("body"));
    if (body.isPresent()) {
      Optional<GraphApiException> failure =
          transport.failureIn(request, code, body.get(), response.usage());
      if (failure.isPresent()) {
        return new BatchItemResult.Failure(index, failure.get());
      }
    }
    if (code >= 200 && code < 300 && body.isPresent()) {
      return new BatchItemResult.Success(index, code, body.get());
    }
    TransientKind kind =
        code >= 500 ? TransientKind.SERVER_ERROR : TransientKind.MALFORMED_RESPONSE;
    return new BatchItemResult.Failure(
        index,
        new TransientException(
            ErrorDetails.withoutMetaError(OPERATION, code, response.usage()),
            kind,
            "[" + OPERATION + "] item " + index + " answered " + code + " (" + kind + ")",
            null));
  }

  /** Meta sends each item's body as a JSON-encoded string. */
  private Optional<JsonNode> itemBody(JsonNode body) {
    if (body.isString()) {
      try {
        return Optional.ofNullable(transport.json().readTree(body.stringValue()));
      } catch (JacksonException e) {
        return Optional.empty();
      }
    }
    return body.isMissingNode() || body.isNull() ? Optional.empty() : Optional.of(body);
  }

  private void recordItem(BatchItemResult result) {
    if (result instanceof BatchItemResult.Failure failure) {
      transport.metrics().recordBatchItem(failure.error().outcome());
    } else if (result instanceof BatchItemResult.Success) {
      transport.metrics().recordBatchItem(GraphOutcome.SUCCESS);
    }
  }
}
