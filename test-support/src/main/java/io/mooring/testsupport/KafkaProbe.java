package io.mooring.testsupport;

import static org.awaitility.Awaitility.await;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes raw records on the test broker, as an outside observer would. */
public final class KafkaProbe {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private final String bootstrapServers;

  public KafkaProbe(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** Waits until {@code count} records of the topic match, reading from the beginning. */
  public List<ConsumerRecord<String, byte[]>> awaitRecords(
      String topic, Predicate<ConsumerRecord<String, byte[]>> matching, int count) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (var consumer = fromBeginning(topic)) {
      await()
          .atMost(DEFAULT_TIMEOUT)
          .until(
              () -> {
                collect(consumer, matching, found);
                return found.size() >= count;
              });
    }
    return found;
  }

  /** All records of a topic now, read to the end (for "exactly one" checks after the fact). */
  public List<ConsumerRecord<String, byte[]>> readAll(
      String topic, Predicate<ConsumerRecord<String, byte[]>> matching, Duration settle) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    long deadline = System.nanoTime() + settle.toNanos();
    try (var consumer = fromBeginning(topic)) {
      while (System.nanoTime() < deadline) {
        collect(consumer, matching, found);
      }
    }
    return found;
  }

  private static void collect(
      KafkaConsumer<String, byte[]> consumer,
      Predicate<ConsumerRecord<String, byte[]>> matching,
      List<ConsumerRecord<String, byte[]>> found) {
    consumer
        .poll(Duration.ofMillis(200))
        .forEach(
            r -> {
              if (matching.test(r)) {
                found.add(r);
              }
            });
  }

  /** Every partition assigned (no consumer group to join, so no rebalance delay). */
  private KafkaConsumer<String, byte[]> fromBeginning(String topic) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG,
            "probe-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return consumer;
  }

  /** Envelopes with this key, once {@code count} of them are there. */
  public List<Envelope<?>> envelopes(String topic, String key, int count) {
    return awaitRecords(topic, r -> key.equals(r.key()), count).stream()
        .<Envelope<?>>map(r -> EnvelopeCodec.decode(r.value()))
        .toList();
  }

  public void sendRaw(String topic, String key, byte[] value) {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }
}
