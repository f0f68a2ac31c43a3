package io.mooring.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB per test JVM, started on first use and stopped when the JVM
 * exits. Each Spring context gets its own database, so test classes do not see each other's data.
 */
public final class TestInfrastructure {
  /** Where the infrastructure listens. */
  public record Endpoints(String kafkaBootstrapServers, String mongoServer) {
    public String mongoUri(String database) {
      return "mongodb://" + mongoServer + "/" + database;
    }
  }

  private static Endpoints inProcess;
  private static Endpoints containers;

  private TestInfrastructure() {}

  public static synchronized Endpoints endpoints(InfrastructureMode mode) {
    return mode == InfrastructureMode.CONTAINERS ? containers() : inProcess();
  }

  private static Endpoints inProcess() {
    if (inProcess == null) {
      EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
      kafka.afterPropertiesSet();
      MongoServer mongo = new MongoServer(new MemoryBackend());
      InetSocketAddress address = mongo.bind();
      // No shutdown hook stops the broker: Spring's test contexts close in their own hooks, at
      // the same time, and their consumers would wait for a broker that is gone. The JVM's exit
      // ends both servers.
      inProcess =
          new Endpoints(
              kafka.getBrokersAsString(), address.getHostString() + ":" + address.getPort());
    }
    return inProcess;
  }

  @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
  private static Endpoints containers() {
    if (containers == null) {
      KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.2");
      MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
      kafka.start();
      mongo.start();
      containers =
          new Endpoints(
              kafka.getBootstrapServers(), mongo.getHost() + ":" + mongo.getFirstMappedPort());
    }
    return containers;
  }
}
