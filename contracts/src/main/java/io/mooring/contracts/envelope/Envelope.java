package io.mooring.contracts.envelope;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Every message on Kafka travels in an envelope. The tenant is always here, never only in the
 * payload. {@code causationId} is the event id of the message that caused this one ({@code null}
 * for a message started by a person or another system).
 */
public record Envelope<P extends Message>(
    UUID eventId,
    String type,
    int version,
    String tenantId,
    UUID correlationId,
    UUID causationId,
    Instant occurredAt,
    String producer,
    P payload) {

  public Envelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(payload, "payload");
    if (tenantId.isBlank()) {
      throw new IllegalArgumentException("tenantId must not be blank");
    }
  }

  /** A new conversation: the first message of a correlation. */
  public static <P extends Message> Envelope<P> start(
      MessageType<P> type, String tenantId, String producer, P payload, Clock clock) {
    UUID id = UUID.randomUUID();
    return new Envelope<>(
        id, type.name(), type.version(), tenantId, id, null, clock.instant(), producer, payload);
  }

  /** A message caused by {@code cause}: same tenant and correlation, causation = cause's id. */
  public static <P extends Message> Envelope<P> causedBy(
      Envelope<?> cause, MessageType<P> type, String producer, P payload, Clock clock) {
    return new Envelope<>(
        UUID.randomUUID(),
        type.name(),
        type.version(),
        cause.tenantId(),
        cause.correlationId(),
        cause.eventId(),
        clock.instant(),
        producer,
        payload);
  }

  /**
   * A message caused by a message seen earlier, of which only the identity was kept (for work that
   * resumes after a restart).
   */
  public static <P extends Message> Envelope<P> continuing(
      MessageType<P> type,
      String tenantId,
      UUID correlationId,
      UUID causationId,
      String producer,
      P payload,
      Clock clock) {
    return new Envelope<>(
        UUID.randomUUID(),
        type.name(),
        type.version(),
        tenantId,
        correlationId,
        causationId,
        clock.instant(),
        producer,
        payload);
  }

  /** The Kafka key. */
  public String key() {
    return payload.aggregateId();
  }
}
