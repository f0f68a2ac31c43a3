package io.mooring.platform.outbox;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * An event waiting inside its aggregate's document until the broker has it. Written in the same
 * single-document update as the state change it reports, so the two never diverge. It keeps the W3C
 * {@code traceparent} of the work that wrote it, so the trace goes on when the relay publishes it
 * later, on another thread.
 */
public record OutboxEntry(String eventId, String envelope, String traceparent) {
  public static final String FIELD = "outbox";
  private static final String TRACEPARENT = "traceparent";

  public static OutboxEntry of(Envelope<?> envelope) {
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    return new OutboxEntry(
        envelope.eventId().toString(),
        EnvelopeCodec.encodeToString(envelope),
        carrier.get(TRACEPARENT));
  }

  public Envelope<?> decode() {
    return EnvelopeCodec.decode(envelope);
  }

  /** The trace context to publish under: the writer's, or none. */
  public Context traceContext() {
    if (traceparent == null) {
      return Context.root();
    }
    return W3CTraceContextPropagator.getInstance()
        .extract(
            Context.root(),
            Map.of(TRACEPARENT, traceparent),
            new io.opentelemetry.context.propagation.TextMapGetter<Map<String, String>>() {
              @Override
              public Iterable<String> keys(Map<String, String> carrier) {
                return carrier.keySet();
              }

              @Override
              public String get(Map<String, String> carrier, String key) {
                return carrier == null ? null : carrier.get(key);
              }
            });
  }
}
