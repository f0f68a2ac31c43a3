package io.mooring.platform.kafka;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.Topics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes envelopes to the topic the registry names for their type, keyed by aggregate id. No
 * caller ever spells a topic name.
 */
public class MessagePublisher {
  private final KafkaTemplate<Object, Object> template;

  public MessagePublisher(KafkaTemplate<Object, Object> template) {
    this.template = template;
  }

  public CompletableFuture<SendResult<Object, Object>> publish(Envelope<?> envelope) {
    String topic = Topics.carrying(Messages.byName(envelope.type()).orElseThrow()).name();
    return template.send(topic, envelope.key(), envelope);
  }

  /** Publishes and waits for the broker's acknowledgement (for outbox relays). */
  public void publishAndWait(Envelope<?> envelope, Duration timeout) {
    try {
      publish(envelope).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException(envelope, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new PublishFailedException(envelope, e);
    }
  }

  /** The broker did not acknowledge a message in time; the caller keeps it and tries again. */
  public static class PublishFailedException extends RuntimeException {
    PublishFailedException(Envelope<?> envelope, Throwable cause) {
      super("could not publish " + envelope.type() + " " + envelope.eventId(), cause);
    }
  }
}
