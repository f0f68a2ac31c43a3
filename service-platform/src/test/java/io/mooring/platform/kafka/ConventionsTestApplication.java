package io.mooring.platform.kafka;

import io.mooring.contracts.enablement.EnablementJobProgressed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.TopicNames;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

/** A minimal service that uses the platform's Kafka convention, for the convention's own tests. */
@SpringBootApplication
class ConventionsTestApplication {

  @Bean
  RecordingListener recordingListener() {
    return new RecordingListener();
  }

  /** Records what it consumes; some job ids are scripted to fail for good or for a while. */
  static class RecordingListener {
    final List<Envelope<?>> received = new CopyOnWriteArrayList<>();
    final Set<UUID> poisonJobs = ConcurrentHashMap.newKeySet();
    final Map<UUID, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @KafkaListener(topics = TopicNames.ENABLEMENT_JOB_EVENTS, groupId = "conventions-it")
    void on(Envelope<?> envelope) {
      UUID jobId = ((EnablementJobProgressed) envelope.payload()).jobId();
      attempts.computeIfAbsent(jobId, id -> new AtomicInteger()).incrementAndGet();
      if (poisonJobs.contains(jobId)) {
        throw new PoisonMessageException("job " + jobId + " breaks a business rule");
      }
      AtomicInteger failuresLeft = transientFailuresLeft.get(jobId);
      if (failuresLeft != null && failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("store briefly unavailable");
      }
      received.add(envelope);
    }

    long receivedFor(UUID jobId) {
      return received.stream()
          .filter(e -> ((EnablementJobProgressed) e.payload()).jobId().equals(jobId))
          .count();
    }
  }
}
