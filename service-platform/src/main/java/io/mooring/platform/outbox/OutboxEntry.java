package io.mooring.platform.outbox;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;

/**
 * An event waiting inside its aggregate's document until the broker has it. Written in the same
 * single-document update as the state change it reports, so the two never diverge.
 */
public record OutboxEntry(String eventId, String envelope) {
  public static final String FIELD = "outbox";

  public static OutboxEntry of(Envelope<?> envelope) {
    return new OutboxEntry(envelope.eventId().toString(), EnvelopeCodec.encodeToString(envelope));
  }

  public Envelope<?> decode() {
    return EnvelopeCodec.decode(envelope);
  }
}
