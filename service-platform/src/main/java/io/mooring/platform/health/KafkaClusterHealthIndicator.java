package io.mooring.platform.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/** Kafka is healthy when the cluster answers a describe within the timeout. */
public class KafkaClusterHealthIndicator extends AbstractHealthIndicator implements DisposableBean {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private final KafkaAdmin kafkaAdmin;
  private volatile AdminClient client;

  public KafkaClusterHealthIndicator(KafkaAdmin kafkaAdmin) {
    super("Kafka cluster unreachable");
    this.kafkaAdmin = kafkaAdmin;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    var cluster =
        client().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
    int nodes = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
    builder
        .up()
        .withDetail("clusterId", cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
        .withDetail("nodes", nodes);
  }

  private AdminClient client() {
    if (client == null) {
      synchronized (this) {
        if (client == null) {
          client = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        }
      }
    }
    return client;
  }

  @Override
  public void destroy() {
    if (client != null) {
      client.close(Duration.ofSeconds(1));
    }
  }
}
