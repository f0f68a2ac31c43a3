package io.mooring.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Mooring service proves about itself: it starts against real Kafka and MongoDB, reports
 * health with liveness and readiness groups, and serves Prometheus metrics. A service's test
 * extends this and adds {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
@WithMooringInfrastructure
public abstract class ServiceStartupContract {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort private int port;
  @Autowired private MongoTemplate mongo;

  @Test
  void livenessAndReadinessGroupsAreUp() throws Exception {
    assertThat(get("/actuator/health/liveness")).contains("\"status\":\"UP\"");
    assertThat(get("/actuator/health/readiness")).contains("\"status\":\"UP\"");
  }

  @Test
  void healthShowsMongoAndKafkaUp() throws Exception {
    JsonNode components = JSON.readTree(get("/actuator/health")).path("components");

    assertThat(components.path("mongo").path("status").asString()).isEqualTo("UP");
    assertThat(components.path("kafka").path("status").asString()).isEqualTo("UP");
    assertThat(components.path("kafka").path("details").path("nodes").asInt()).isPositive();
  }

  @Test
  void prometheusEndpointServesJvmAndKafkaMetrics() throws Exception {
    String scrape = get("/actuator/prometheus");

    assertThat(scrape).contains("jvm_memory_used_bytes");
    assertThat(scrape).contains("application=");
  }

  @Test
  void documentsItsApiForTheGateway() throws Exception {
    JsonNode description = JSON.readTree(get("/v3/api-docs"));

    assertThat(description.path("openapi").asString()).startsWith("3.");
    assertThat(description.toString()).doesNotContain("\"caller\"");
  }

  @Test
  void storesAndReadsADocumentInItsOwnDatabase() {
    mongo.getCollection("startup_probe").insertOne(new Document("probe", port));

    assertThat(mongo.getCollection("startup_probe").find(new Document("probe", port)).first())
        .isNotNull();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    return response.body();
  }
}
