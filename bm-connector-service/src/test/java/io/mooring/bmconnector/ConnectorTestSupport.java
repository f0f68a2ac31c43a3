package io.mooring.bmconnector;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.Role;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.ServiceHttp;
import io.mooring.testsupport.ServiceHttp.Response;
import io.mooring.testsupport.SharedGraphSimulator;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The connector against the real broker, the MongoDB-protocol store and the Graph simulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMooringInfrastructure
public abstract class ConnectorTestSupport {
  protected static final String REDIRECT_URI = SharedGraphSimulator.REDIRECT_URI;
  protected static final JsonMapper JSON = JsonMapper.builder().build();
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
    return new ServiceHttp(port).get(path, identity);
  }

  protected Response post(String path, String identity, String json) throws Exception {
    return new ServiceHttp(port).post(path, identity, json);
  }

  protected Response delete(String path, String identity) throws Exception {
    return new ServiceHttp(port).delete(path, identity);
  }
}
