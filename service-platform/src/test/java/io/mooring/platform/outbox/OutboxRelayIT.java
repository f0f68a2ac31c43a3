package io.mooring.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.enablement.EnablementJobProgressed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.Topics;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** State and the events it implies, written together, reach the broker in order, once drained. */
@SpringBootTest(classes = OutboxRelayIT.OutboxApplication.class)
@WithMooringInfrastructure
class OutboxRelayIT {
  @Autowired MongoTemplate mongo;
  @Autowired OutboxRelay relay;

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Test
  void entriesArePublishedInOrderAndRemovedOnceTheBrokerHasThem() {
    UUID jobId = UUID.randomUUID();
    List<Envelope<EnablementJobProgressed>> events = new ArrayList<>();
    for (int moved = 1; moved <= 3; moved++) {
      events.add(
          Envelope.start(
              Messages.ENABLEMENT_JOB_PROGRESSED,
              "acme",
              "outbox-it",
              new EnablementJobProgressed(jobId, false, 3, moved, 0, 3 - moved),
              Clock.systemUTC()));
    }
    mongo.insert(
        new Document("_id", jobId.toString())
            .append("state", "RUNNING")
            .append(
                OutboxEntry.FIELD,
                events.stream()
                    .map(OutboxEntry::of)
                    .map(e -> new Document("eventId", e.eventId()).append("envelope", e.envelope()))
                    .toList()),
        "jobs");

    relay.wakeUp();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mongo
                    .findById(jobId.toString(), Document.class, "jobs")
                    .getList(OutboxEntry.FIELD, Document.class)
                    .isEmpty());
    assertThat(publishedEventIds(jobId.toString(), 3))
        .containsExactlyElementsOf(events.stream().map(e -> e.eventId().toString()).toList());
  }

  private List<String> publishedEventIds(String key, int expected) {
    return new KafkaProbe(bootstrapServers)
        .envelopes(Topics.ENABLEMENT_JOB_EVENTS.name(), key, expected).stream()
            .map(envelope -> envelope.eventId().toString())
            .toList();
  }

  @SpringBootApplication
  static class OutboxApplication {
    @Bean
    OutboxCollection jobsOutbox() {
      return new OutboxCollection("jobs");
    }
  }
}
