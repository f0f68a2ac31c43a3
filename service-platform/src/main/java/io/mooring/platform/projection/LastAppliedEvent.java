package io.mooring.platform.projection;

import java.time.Instant;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The guard of a document built from events: it remembers the last event applied (id and time), and
 * an update conditioned on {@link #notYetApplied} changes nothing for a redelivered event or for an
 * older one that arrives after a newer one (at-least-once delivery, outboxes draining in no set
 * order).
 */
public final class LastAppliedEvent {
  private LastAppliedEvent() {}

  /**
   * Matches a document whose last applied event, stored in {@code eventIdField} and {@code
   * occurredAtField}, is neither this event nor newer than it (or that has none yet).
   */
  public static Criteria notYetApplied(
      String eventIdField, String occurredAtField, String eventId, Instant occurredAt) {
    return new Criteria()
        .andOperator(
            Criteria.where(eventIdField).ne(eventId),
            new Criteria()
                .orOperator(
                    Criteria.where(occurredAtField).exists(false),
                    Criteria.where(occurredAtField).lte(occurredAt)));
  }
}
