package io.mooring.platform.kafka;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an envelope. Throws {@link io.mooring.contracts.envelope.MalformedMessageException} on a
 * poison record; wrapped in spring-kafka's ErrorHandlingDeserializer, the record then goes to the
 * dead-letter topic with the reason instead of looping.
 */
public class EnvelopeDeserializer implements Deserializer<Envelope<?>> {

  @Override
  public Envelope<?> deserialize(String topic, byte[] data) {
    return data == null ? null : EnvelopeCodec.decode(data);
  }
}
