package io.mooring.pagesubscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.EnableSystemUserRequested;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.topics.Topic;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.token.AccessToken;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.pagesubscription.directory.BusinessManagerDirectory;
import io.mooring.pagesubscription.jobs.EnablementJob;
import io.mooring.pagesubscription.jobs.JobStatus;
import io.mooring.pagesubscription.jobs.Jobs;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.Role;
import io.mooring.platform.kafka.DeadLetterReason;
import io.mooring.platform.kafka.MessagePublisher;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.MovableClock;
import io.mooring.testsupport.ServiceHttp;
import io.mooring.testsupport.ServiceHttp.Response;
import io.mooring.testsupport.SharedGraphSimulator;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker on the real broker and store against the Graph simulator, with a clock tests can move
 * forward to skip a throttled page's wait.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "mooring.enablement.max-attempts=3",
      "mooring.enablement.initial-backoff=50ms",
      "mooring.enablement.max-backoff=200ms",
      "mooring.enablement.max-throttled-for=2m",
      "mooring.enablement.progress-interval=500ms",
      "mooring.enablement.poll-interval=50ms"
    })
@WithMooringInfrastructure
@Import(WorkerTestSupport.MovableTime.class)
public abstract class WorkerTestSupport {
  protected static final List<String> ADMIN_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement");
  protected static final List<String> SYSTEM_USER_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement",
          "pages_manage_posts",
          "pages_manage_engagement",
          "pages_messaging");
  protected static final RequestedBy ANA = new RequestedBy("ana", "ana@acme.example", "Ana");
  protected static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort protected int port;
  @Autowired protected MessagePublisher publisher;
  @Autowired protected TokenVault vault;
  @Autowired protected GraphApiClient graph;
  @Autowired protected BusinessManagerDirectory directory;
  @Autowired protected Jobs jobs;
  @Autowired protected InternalIdentityTokens identities;
  @Autowired protected MovableClock clock;

  @Value("${spring.kafka.bootstrap-servers}")
  protected String bootstrapServers;

  @DynamicPropertySource
  static void simulatorProperties(DynamicPropertyRegistry registry) {
    SharedGraphSimulator.registerProperties(registry);
  }

  @TestConfiguration
  static class MovableTime {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @AfterEach
  void clearFaults() {
    simulator().admin().clearErrors();
  }

  protected static EmbeddedGraphSimulator simulator() {
    return SharedGraphSimulator.get();
  }

  protected KafkaProbe kafka() {
    return new KafkaProbe(bootstrapServers);
  }

  /**
   * Writes bytes that are no envelope to {@code topic} and returns once this test's consumer group
   * put them on the dead-letter topic with a reason.
   */
  protected void assertPoisonIsDeadLettered(Topic topic, String consumerGroup) {
    String key = "poison-" + UUID.randomUUID();
    kafka().sendRaw(topic.name(), key, "[".getBytes(StandardCharsets.UTF_8));
    var dead =
        kafka()
            .awaitRecords(
                topic.deadLetterTopic(),
                r ->
                    key.equals(r.key())
                        && new String(
                                r.headers().lastHeader("kafka_dlt-original-consumer-group").value(),
                                StandardCharsets.UTF_8)
                            .equals(consumerGroup),
                1)
            .get(0);
    assertThat(
            new String(
                dead.headers().lastHeader(DeadLetterReason.HEADER).value(), StandardCharsets.UTF_8))
        .isNotBlank();
  }

  /** Connects the business for the tenant and, if asked, sets up its System User for real. */
  protected String connect(
      String tenantId,
      DemoWorld.ClientBusiness business,
      boolean withSystemUser,
      Instant adminTokenExpiresAt) {
    String adminToken = simulator().issueUserToken(business.adminPersonIds().get(0), ADMIN_SCOPES);
    publisher.publishAndWait(
        Envelope.start(
            Messages.BUSINESS_MANAGER_CONNECTED,
            tenantId,
            "test",
            new BusinessManagerConnected(
                business.id(),
                business.name(),
                ANA,
                ADMIN_SCOPES,
                adminTokenExpiresAt,
                vault.seal(
                    adminToken, SecretContext.businessManagerAdminToken(tenantId, business.id())),
                false),
            Clock.systemUTC()),
        Duration.ofSeconds(10));
    if (withSystemUser) {
      AccessToken admin = AccessToken.of(adminToken);
      graph
          .businesses()
          .createManagedBusiness(admin, simulator().partnerBusinessId(), business.id());
      AccessToken systemUser =
          graph
              .businesses()
              .createClientSystemUserToken(
                  AccessToken.of(simulator().partnerAdminSystemUserToken()),
                  business.id(),
                  SYSTEM_USER_SCOPES)
              .accessToken();
      String systemUserId = graph.me().me(systemUser).id();
      publisher.publishAndWait(
          Envelope.start(
              Messages.SYSTEM_USER_PROVISIONED,
              tenantId,
              "test",
              new SystemUserProvisioned(
                  business.id(),
                  business.name(),
                  systemUserId,
                  business.name() + " SYSTEM USER",
                  "EMPLOYEE",
                  SYSTEM_USER_SCOPES,
                  null,
                  vault.seal(
                      systemUser.value(), SecretContext.systemUserToken(tenantId, business.id())),
                  ANA),
              Clock.systemUTC()),
          Duration.ofSeconds(10));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  directory
                      .find(tenantId, business.id())
                      .map(bm -> bm.systemUserEnabled())
                      .orElse(false));
      return systemUserId;
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> directory.find(tenantId, business.id()).isPresent());
    return null;
  }

  protected String startJob(String tenant, List<String> pageIds, boolean dryRun) {
    UUID jobId = UUID.randomUUID();
    publisher.publishAndWait(
        Envelope.start(
            Messages.ENABLE_SYSTEM_USER_REQUESTED,
            tenant,
            "main-platform",
            new EnableSystemUserRequested(jobId, ANA, pageIds, dryRun),
            Clock.systemUTC()),
        Duration.ofSeconds(10));
    await().atMost(Duration.ofSeconds(20)).until(() -> jobs.find(jobId.toString()).isPresent());
    return jobId.toString();
  }

  protected EnablementJob awaitCompleted(String jobId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> jobs.find(jobId).map(job -> job.status() == JobStatus.COMPLETED).orElse(false));
    return jobs.find(jobId).orElseThrow();
  }

  protected String identity(String tenantId, Role role) {
    return identities.mint(
        new Caller(tenantId, "ana", "ana@" + tenantId + ".example", Set.of(role)));
  }

  protected Response get(String path, String identity) throws Exception {
    return new ServiceHttp(port).get(path, identity);
  }

  protected Response post(String path, String identity, String json) throws Exception {
    return new ServiceHttp(port).post(path, identity, json);
  }
}
