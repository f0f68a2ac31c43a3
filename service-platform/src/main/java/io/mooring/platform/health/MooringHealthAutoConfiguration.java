package io.mooring.platform.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/** Health of the two things every service needs: its MongoDB and the Kafka cluster. */
@ConditionalOnProperty(prefix = "mooring.platform", name = "enabled", matchIfMissing = true)
@AutoConfiguration(
    after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class},
    before = MongoHealthContributorAutoConfiguration.class)
public class MooringHealthAutoConfiguration {

  /** Named like Boot's so that Boot's hello-based indicator backs off. */
  @Bean
  @ConditionalOnBean(MongoTemplate.class)
  @ConditionalOnMissingBean(name = "mongoHealthIndicator")
  MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
    return new MongoPingHealthIndicator(mongo);
  }

  @Bean
  @ConditionalOnBean(KafkaAdmin.class)
  @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
  KafkaClusterHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    return new KafkaClusterHealthIndicator(kafkaAdmin);
  }
}
