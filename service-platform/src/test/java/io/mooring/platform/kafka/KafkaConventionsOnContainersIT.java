package io.mooring.platform.kafka;

import io.mooring.testsupport.InfrastructureMode;
import io.mooring.testsupport.WithMooringInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same convention tests on Testcontainers Kafka and MongoDB; skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
@WithMooringInfrastructure(mode = InfrastructureMode.CONTAINERS)
class KafkaConventionsOnContainersIT extends KafkaConventionsIT {}
