package io.mooring.notification.consumers;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.platform.kafka.PoisonMessageException;

/** A well-formed message that has no business on the topic it came from: dead-lettered. */
final class UnexpectedMessage {
  private UnexpectedMessage() {}

  static PoisonMessageException on(String topic, Envelope<?> envelope) {
    return new PoisonMessageException(
        envelope.type() + " does not belong on " + topic + " (event " + envelope.eventId() + ")");
  }
}
