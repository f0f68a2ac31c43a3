package io.mooring.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphApiConfigTest {

  @Test
  void defaultsToMetasHostAndCurrentVersion() {
    GraphApiConfig config = GraphApiConfig.builder("123", "secret-value-123456").build();

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://graph.facebook.com"));
    assertThat(config.apiVersion()).isEqualTo("v26.0");
    assertThat(config.connectTimeout()).isPositive();
    assertThat(config.readTimeout()).isPositive();
  }

  @Test
  void dropsATrailingSlashFromTheBaseUrl() {
    GraphApiConfig config =
        GraphApiConfig.builder("123", "secret-value-123456").baseUrl("http://localhost:1/").build();

    assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:1"));
  }

  @Test
  void masksTheAppSecret() {
    GraphApiConfig config = GraphApiConfig.builder("123", "secret-value-123456").build();

    assertThat(config.toString()).doesNotContain("secret-value-123456").contains("secr…");
  }

  @Test
  void rejectsMissingSecretAndZeroTimeouts() {
    assertThatThrownBy(() -> GraphApiConfig.builder("123", " ").build())
        .hasMessageContaining("appSecret");
    assertThatThrownBy(() -> GraphApiConfig.builder("123", "s").readTimeout(Duration.ZERO).build())
        .hasMessageContaining("readTimeout");
  }
}
