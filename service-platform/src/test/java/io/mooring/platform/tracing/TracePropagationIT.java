package io.mooring.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Tracer;
import io.mooring.contracts.enablement.EnablementJobProgressed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.contracts.topics.Topics;
import io.mooring.platform.outbox.OutboxCollection;
import io.mooring.platform.outbox.OutboxEntry;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trace of an HTTP request goes on through the outbox, Kafka and the consuming listener: the
 * relay publishes under the writer's trace, the listener continues it.
 */
@SpringBootTest(
    classes = TracePropagationIT.TracedApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "management.tracing.sampling.probability=1.0")
@WithMooringInfrastructure
class TracePropagationIT {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  @LocalServerPort int port;
  @Autowired TracedApplication.TraceRecorder recorder;

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Test
  void theRequestsTraceReachesTheConsumerThroughTheOutboxAndKafka() throws Exception {
    UUID jobId = UUID.randomUUID();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/work/" + jobId))
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> recorder.traceIds.containsKey(jobId));
    assertThat(recorder.traceIds.get(jobId)).isEqualTo(TRACE_ID);
    var record =
        new KafkaProbe(bootstrapServers)
            .awaitRecords(
                Topics.ENABLEMENT_JOB_EVENTS.name(), r -> jobId.toString().equals(r.key()), 1)
            .get(0);
    assertThat(
            new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
        .contains(TRACE_ID);
  }

  @SpringBootApplication
  @RestController
  static class TracedApplication {
    @Autowired MongoTemplate mongo;

    @Bean
    OutboxCollection tracedOutbox() {
      return new OutboxCollection("traced_jobs");
    }

    @Bean
    TraceRecorder traceRecorder(Tracer tracer) {
      return new TraceRecorder(tracer);
    }

    /** A state change and its event, written together; the relay publishes the event later. */
    @PostMapping("/work/{jobId}")
    String work(@PathVariable UUID jobId) {
      var event =
          Envelope.start(
              Messages.ENABLEMENT_JOB_PROGRESSED,
              "acme",
              "trace-it",
              new EnablementJobProgressed(jobId, false, 1, 0, 0, 1),
              Clock.systemUTC());
      OutboxEntry entry = OutboxEntry.of(event);
      mongo.insert(
          new Document("_id", jobId.toString())
              .append(
                  OutboxEntry.FIELD,
                  java.util.List.of(
                      new Document("eventId", entry.eventId())
                          .append("envelope", entry.envelope())
                          .append("traceparent", entry.traceparent()))),
          "traced_jobs");
      return "ok";
    }

    /** Records the trace each consumed event runs under. */
    static class TraceRecorder {
      final Map<UUID, String> traceIds = new ConcurrentHashMap<>();
      private final Tracer tracer;

      TraceRecorder(Tracer tracer) {
        this.tracer = tracer;
      }

      @KafkaListener(topics = TopicNames.ENABLEMENT_JOB_EVENTS, groupId = "trace-it")
      void on(Envelope<?> envelope) {
        var span = tracer.currentSpan();
        traceIds.put(
            ((EnablementJobProgressed) envelope.payload()).jobId(),
            span == null ? "none" : span.context().traceId());
      }
    }
  }
}
