package io.mooring.platform.kafka;

import io.mooring.contracts.envelope.Envelope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/** Envelope fields copied into Kafka headers, so tools can route and trace without the JSON. */
public final class EnvelopeHeaders {
  public static final String TYPE = "mooring_type";
  public static final String EVENT_ID = "mooring_event_id";
  public static final String TENANT_ID = "mooring_tenant_id";
  public static final String CORRELATION_ID = "mooring_correlation_id";

  private EnvelopeHeaders() {}

  static void write(Envelope<?> envelope, Headers headers) {
    put(headers, TYPE, envelope.type());
    put(headers, EVENT_ID, envelope.eventId().toString());
    put(headers, TENANT_ID, envelope.tenantId());
    put(headers, CORRELATION_ID, envelope.correlationId().toString());
  }

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
