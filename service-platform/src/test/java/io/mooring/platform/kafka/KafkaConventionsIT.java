package io.mooring.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.enablement.EnablementJobProgressed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.Topics;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The shared Kafka convention on a real broker: happy, poison (two kinds), transient. */
@SpringBootTest(classes = ConventionsTestApplication.class)
@WithMooringInfrastructure
class KafkaConventionsIT {
  private static final String JOB_EVENTS = Topics.ENABLEMENT_JOB_EVENTS.name();

  @Autowired MessagePublisher publisher;
  @Autowired ConventionsTestApplication.RecordingListener listener;

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Autowired org.springframework.kafka.config.KafkaListenerEndpointRegistry listeners;

  @Test
  void observationIsOnForEveryListenerSoTraceContextCrossesKafka() {
    assertThat(listeners.getListenerContainers())
        .isNotEmpty()
        .allSatisfy(
            container ->
                assertThat(container.getContainerProperties().isObservationEnabled()).isTrue());
  }

  @Test
  void aValidEnvelopeIsConsumedWithItsIdentityInHeaders() {
    UUID jobId = UUID.randomUUID();
    Envelope<EnablementJobProgressed> sent = publish(jobId);

    await().atMost(Duration.ofSeconds(20)).until(() -> listener.receivedFor(jobId) == 1);

    Envelope<?> received =
        listener.received.stream()
            .filter(e -> e.eventId().equals(sent.eventId()))
            .findFirst()
            .orElseThrow();
    assertThat(received).isEqualTo(sent);
    ConsumerRecord<String, byte[]> raw = firstRecordWithKey(JOB_EVENTS, jobId.toString());
    assertThat(header(raw, EnvelopeHeaders.TYPE)).isEqualTo("EnablementJobProgressed");
    assertThat(header(raw, EnvelopeHeaders.TENANT_ID)).isEqualTo("acme");
    assertThat(header(raw, EnvelopeHeaders.EVENT_ID)).isEqualTo(sent.eventId().toString());
  }

  @Test
  void aMalformedRecordLandsOnTheDeadLetterTopicWithTheReasonAndConsumingGoesOn() throws Exception {
    String poisonKey = "poison-" + UUID.randomUUID();
    new KafkaProbe(bootstrapServers)
        .sendRaw(JOB_EVENTS, poisonKey, "{not json".getBytes(StandardCharsets.UTF_8));
    UUID afterwards = UUID.randomUUID();
    publish(afterwards);

    ConsumerRecord<String, byte[]> dead =
        firstRecordWithKey(Topics.ENABLEMENT_JOB_EVENTS.deadLetterTopic(), poisonKey);
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(header(dead, DeadLetterReason.HEADER)).startsWith("not valid JSON");
    assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(JOB_EVENTS);
    await().atMost(Duration.ofSeconds(20)).until(() -> listener.receivedFor(afterwards) == 1);
  }

  @Test
  void aRecordThatBreaksABusinessRuleIsDeadLetteredWithoutRetries() {
    UUID jobId = UUID.randomUUID();
    listener.poisonJobs.add(jobId);

    publish(jobId);

    ConsumerRecord<String, byte[]> dead =
        firstRecordWithKey(Topics.ENABLEMENT_JOB_EVENTS.deadLetterTopic(), jobId.toString());
    assertThat(header(dead, DeadLetterReason.HEADER)).contains("breaks a business rule");
    assertThat(listener.attempts.get(jobId)).hasValue(1);
    assertThat(listener.receivedFor(jobId)).isZero();
  }

  @Test
  void aTransientFailureIsRetriedAndTheRecordIsConsumedOnce() {
    UUID jobId = UUID.randomUUID();
    listener.transientFailuresLeft.put(jobId, new AtomicInteger(2));

    publish(jobId);

    await().atMost(Duration.ofSeconds(20)).until(() -> listener.receivedFor(jobId) == 1);
    assertThat(listener.attempts.get(jobId)).hasValue(3);
  }

  private Envelope<EnablementJobProgressed> publish(UUID jobId) {
    var payload = new EnablementJobProgressed(jobId, false, 10, 4, 1, 5);
    var envelope =
        Envelope.start(
            Messages.ENABLEMENT_JOB_PROGRESSED,
            "acme",
            "conventions-it",
            payload,
            Clock.systemUTC());
    publisher.publishAndWait(envelope, Duration.ofSeconds(10));
    return envelope;
  }

  private ConsumerRecord<String, byte[]> firstRecordWithKey(String topic, String key) {
    return new KafkaProbe(bootstrapServers).awaitRecords(topic, r -> key.equals(r.key()), 1).get(0);
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header %s", name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
