package io.mooring.platform.kafka;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.MalformedMessageException;
import io.mooring.contracts.topics.Topic;
import io.mooring.contracts.topics.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka convention every Mooring service shares: string keys, JSON envelopes (Jackson 3),
 * idempotent producer with acks=all, poison records to {@code <topic>-dlt} with the failure in
 * headers, bounded in-place retries for the rest, and observation on template and listeners.
 */
@ConditionalOnProperty(prefix = "mooring.platform", name = "enabled", matchIfMissing = true)
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(MooringKafkaProperties.class)
public class MooringKafkaAutoConfiguration {

  @Bean
  DefaultKafkaProducerFactoryCustomizer mooringProducerConvention() {
    return factory -> {
      @SuppressWarnings({"unchecked", "rawtypes"})
      DefaultKafkaProducerFactory<Object, Object> producers = (DefaultKafkaProducerFactory) factory;
      producers.setKeySerializer(asObjectSerializer(new StringSerializer()));
      producers.setValueSerializer(envelopeOrRawBytes());
      producers.updateConfigs(
          Map.of(
              ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Serializer<Object> asObjectSerializer(Serializer<?> serializer) {
    return (Serializer) serializer;
  }

  /** Poison records surface as DeserializationException (headers keep the bytes), never loop. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Deserializer<Object> asObjectDeserializer(Deserializer<?> deserializer) {
    return (Deserializer) new ErrorHandlingDeserializer<>(deserializer);
  }

  /** Raw bytes are what a poison record is re-published as on its dead-letter topic. */
  private static DelegatingByTypeSerializer envelopeOrRawBytes() {
    Map<Class<?>, Serializer<?>> byType =
        Map.of(Envelope.class, new EnvelopeSerializer(), byte[].class, new ByteArraySerializer());
    return new DelegatingByTypeSerializer(byType, true);
  }

  @Bean
  DefaultKafkaConsumerFactoryCustomizer mooringConsumerConvention() {
    return factory -> {
      @SuppressWarnings({"unchecked", "rawtypes"})
      DefaultKafkaConsumerFactory<Object, Object> consumers = (DefaultKafkaConsumerFactory) factory;
      consumers.setKeyDeserializer(asObjectDeserializer(new StringDeserializer()));
      consumers.setValueDeserializer(asObjectDeserializer(new EnvelopeDeserializer()));
      if (!consumers
          .getConfigurationProperties()
          .containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
        consumers.updateConfigs(Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
      }
    };
  }

  @Bean
  @ConditionalOnMissingBean
  MessagePublisher messagePublisher(KafkaTemplate<Object, Object> template) {
    return new MessagePublisher(template);
  }

  @Bean
  @ConditionalOnMissingBean(CommonErrorHandler.class)
  DefaultErrorHandler deadLetteringErrorHandler(
      KafkaTemplate<Object, Object> template, MooringKafkaProperties properties) {
    var recoverer =
        new DeadLetterPublishingRecoverer(
            template,
            (record, failure) -> new TopicPartition(DeadLetterTopics.of(record.topic()), -1));
    recoverer.setHeadersFunction((record, failure) -> DeadLetterReason.headersFor(failure));
    var backOff = new ExponentialBackOff(properties.listenerRetryInitialInterval().toMillis(), 2.0);
    backOff.setMaxAttempts(properties.listenerRetries());
    var handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(
        MalformedMessageException.class, PoisonMessageException.class);
    return handler;
  }

  @Bean
  @ConditionalOnProperty(name = "mooring.kafka.create-topics", matchIfMissing = true)
  KafkaAdmin.NewTopics mooringTopics(MooringKafkaProperties properties) {
    List<NewTopic> topics = new ArrayList<>();
    for (Topic topic : Topics.all()) {
      for (String name : List.of(topic.name(), topic.deadLetterTopic())) {
        topics.add(new NewTopic(name, properties.partitions(), properties.replicationFactor()));
      }
    }
    return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
  }

  /** Trace context flows from producer to consumer, across every Mooring service. */
  @Bean
  static BeanPostProcessor kafkaObservationEnabler() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaTemplate<?, ?> template) {
          template.setObservationEnabled(true);
        } else if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
          factory.getContainerProperties().setObservationEnabled(true);
        }
        return bean;
      }
    };
  }
}
