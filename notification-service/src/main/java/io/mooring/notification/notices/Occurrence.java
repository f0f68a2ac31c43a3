package io.mooring.notification.notices;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The thing that happened, once: its key names it however often it is delivered (a job id for a
 * job, the event id otherwise), so a redelivered or duplicated event maps to the same key.
 */
public record Occurrence(String key, String tenantId, UUID sourceEventId, Instant occurredAt) {
  public Occurrence {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The key of what one person is told about this occurrence: unique in the store. */
  public String dedupeKeyFor(Recipient recipient) {
    return key + "|" + tenantId + "|" + recipient.userId();
  }
}
