package io.mooring.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Mooring's topics are created and how listener failures are retried before a record goes to
 * its dead-letter topic.
 *
 * @param partitions partitions of each topic Mooring creates
 * @param replicationFactor replicas of each topic (1 on a single broker)
 * @param createTopics whether the service declares the registry's topics at start-up
 * @param listenerRetries in-place retries of a failing listener before dead-lettering
 * @param listenerRetryInitialInterval first back-off of those retries, doubled each time
 */
@ConfigurationProperties("mooring.kafka")
public record MooringKafkaProperties(
    Integer partitions,
    Short replicationFactor,
    Boolean createTopics,
    Integer listenerRetries,
    Duration listenerRetryInitialInterval) {

  public MooringKafkaProperties {
    partitions = partitions == null ? 6 : partitions;
    replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    createTopics = createTopics == null || createTopics;
    listenerRetries = listenerRetries == null ? 3 : listenerRetries;
    listenerRetryInitialInterval =
        listenerRetryInitialInterval == null
            ? Duration.ofMillis(200)
            : listenerRetryInitialInterval;
  }
}
