package io.mooring.platform.kafka;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/** Writes an envelope as JSON (Jackson 3) and copies its identity into the record headers. */
public class EnvelopeSerializer implements Serializer<Envelope<?>> {

  @Override
  public byte[] serialize(String topic, Envelope<?> envelope) {
    return envelope == null ? null : EnvelopeCodec.encode(envelope);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, Envelope<?> envelope) {
    if (envelope != null && headers != null) {
      EnvelopeHeaders.write(envelope, headers);
    }
    return serialize(topic, envelope);
  }
}
