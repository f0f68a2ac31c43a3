package io.mooring.platform.outbox;

import io.mooring.platform.kafka.MessagePublisher;
import io.mooring.platform.kafka.MooringKafkaAutoConfiguration;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Starts an {@link OutboxRelay} in services that declare {@link OutboxCollection}s. */
@ConditionalOnProperty(prefix = "mooring.platform", name = "enabled", matchIfMissing = true)
@AutoConfiguration(after = {MooringKafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@ConditionalOnBean(OutboxCollection.class)
public class OutboxAutoConfiguration {

  @Bean
  OutboxRelay outboxRelay(
      MongoTemplate mongo,
      MessagePublisher publisher,
      List<OutboxCollection> collections,
      @Value("${mooring.outbox.poll-interval:250ms}") Duration pollInterval) {
    return new OutboxRelay(mongo, publisher, collections, pollInterval);
  }
}
