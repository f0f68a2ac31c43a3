package io.mooring.bmconnector;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.Role;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.SharedGraphSimulator;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The connector against the real broker, the MongoDB-protocol store and the Graph simulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMooringInfrastructure
public abstract class ConnectorTestSupport {
  protected static final String REDIRECT_URI = SharedGraphSimulator.REDIRECT_URI;
  protected static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  protected static EmbeddedGraphSimulator simulator;

  @LocalServerPort protected int port;
  @Autowired protected InternalIdentityTokens identities;

  @Value("${spring.kafka.bootstrap-servers}")
  protected String bootstrapServers;

  @DynamicPropertySource
  static void simulatorProperties(DynamicPropertyRegistry registry) {
    simulator = SharedGraphSimulator.get();
    SharedGraphSimulator.registerProperties(registry);
  }

  protected KafkaProbe kafka() {
    return new KafkaProbe(bootstrapServers);
  }

  protected String identity(String tenantId, String userId, Role role) {
    return identities.mint(
        new Caller(tenantId, userId, userId + "@" + tenantId + ".example", Set.of(role)));
  }

  protected Response get(String path, String identity) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), identity);
  }

  protected Response post(String path, String identity, String json) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)),
        identity);
  }

  protected Response delete(String path, String identity) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), identity);
  }

  private Response send(HttpRequest.Builder request, String identity) throws Exception {
    if (identity != null) {
      request.header(InternalIdentityTokens.HEADER, identity);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body =
        response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    return new Response(
        response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** An HTTP answer with its JSON body. */
  public record Response(int status, String contentType, JsonNode body) {}
}
