package io.mooring.provisioner.setup;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.systemuser.SetupSystemUserRequested;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.platform.kafka.MessagePublisher;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.SharedGraphSimulator;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The provisioner on the real broker and store, acting on the Graph simulator. */
@SpringBootTest(
    properties = {
      "mooring.provisioning.initial-backoff=100ms",
      "mooring.provisioning.max-backoff=300ms",
      "mooring.provisioning.resume-interval=200ms"
    })
@WithMooringInfrastructure
abstract class ProvisionerTestSupport {
  static final List<String> ADMIN_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement");
  static final RequestedBy ANA = new RequestedBy("ana", "ana@acme.example", "Ana");

  @Autowired MessagePublisher publisher;
  @Autowired TokenVault vault;
  @Autowired Provisionings provisionings;

  @Value("${spring.kafka.bootstrap-servers}")
  String bootstrapServers;

  @DynamicPropertySource
  static void simulatorProperties(DynamicPropertyRegistry registry) {
    SharedGraphSimulator.registerProperties(registry);
  }

  @AfterEach
  void clearFaults() {
    simulator().admin().clearErrors();
  }

  EmbeddedGraphSimulator simulator() {
    return SharedGraphSimulator.get();
  }

  KafkaProbe kafka() {
    return new KafkaProbe(bootstrapServers);
  }

  DemoWorld.ClientBusiness business(int index) {
    return simulator().world().clientBusinesses().get(index);
  }

  String adminTokenOf(DemoWorld.ClientBusiness business) {
    return simulator().issueUserToken(business.adminPersonIds().get(0), ADMIN_SCOPES);
  }

  Envelope<SetupSystemUserRequested> setupCommand(
      String tenantId, DemoWorld.ClientBusiness business, String adminToken) {
    return Envelope.start(
        Messages.SETUP_SYSTEM_USER_REQUESTED,
        tenantId,
        "bm-connector-service",
        new SetupSystemUserRequested(
            business.id(),
            business.name(),
            ANA,
            vault.seal(
                adminToken, SecretContext.businessManagerAdminToken(tenantId, business.id()))),
        Clock.systemUTC());
  }

  void send(Envelope<?> envelope) {
    publisher.publishAndWait(envelope, Duration.ofSeconds(10));
  }
}
