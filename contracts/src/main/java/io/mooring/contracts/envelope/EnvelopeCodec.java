package io.mooring.contracts.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Envelopes to and from JSON. Unknown properties are ignored so that a producer may add optional
 * fields; an unknown type, a newer version or a payload that breaks its record's rules is
 * malformed.
 */
public final class EnvelopeCodec {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private EnvelopeCodec() {}

  /** The mapper the contracts are written with, for tests and tools that need the same JSON. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static byte[] encode(Envelope<?> envelope) {
    return MAPPER.writeValueAsBytes(envelope);
  }

  public static String encodeToString(Envelope<?> envelope) {
    return MAPPER.writeValueAsString(envelope);
  }

  public static Envelope<?> decode(byte[] json) {
    if (json == null || json.length == 0) {
      throw new MalformedMessageException("empty record value");
    }
    try {
      return decode(MAPPER.readTree(json));
    } catch (JacksonException e) {
      throw new MalformedMessageException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static Envelope<?> decode(String json) {
    return decode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Envelope<?> decode(JsonNode node) {
    String typeName = text(node, "type");
    MessageType<?> type =
        Messages.byName(typeName)
            .orElseThrow(() -> new MalformedMessageException("unknown message type: " + typeName));
    int version = node.path("version").asInt(0);
    if (version < 1 || version > type.version()) {
      throw new MalformedMessageException(
          "unsupported version "
              + version
              + " of "
              + typeName
              + " (known: "
              + type.version()
              + ")");
    }
    JsonNode payloadNode = node.get("payload");
    if (payloadNode == null || !payloadNode.isObject()) {
      throw new MalformedMessageException(typeName + " has no payload object");
    }
    try {
      Message payload = MAPPER.treeToValue(payloadNode, type.payloadClass());
      return new Envelope<>(
          uuid(node, "eventId"),
          typeName,
          version,
          text(node, "tenantId"),
          uuid(node, "correlationId"),
          node.hasNonNull("causationId") ? uuid(node, "causationId") : null,
          MAPPER.treeToValue(node.get("occurredAt"), java.time.Instant.class),
          text(node, "producer"),
          payload);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new MalformedMessageException("invalid " + typeName + ": " + rootMessage(e), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new MalformedMessageException("envelope field '" + field + "' is missing");
    }
    return value.asString();
  }

  private static UUID uuid(JsonNode node, String field) {
    try {
      return UUID.fromString(text(node, field));
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException("envelope field '" + field + "' is not a UUID", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
