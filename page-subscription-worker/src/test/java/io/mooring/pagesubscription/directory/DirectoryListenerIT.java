package io.mooring.pagesubscription.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.Topics;
import io.mooring.pagesubscription.WorkerTestSupport;
import io.mooring.secrets.SecretContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The worker's view of Business Managers: happy, duplicate (redelivered), poison, transient. */
@TestPropertySource(properties = "spring.kafka.consumer.group-id=directory-listener-it")
class DirectoryListenerIT extends WorkerTestSupport {
  @MockitoSpyBean BusinessManagerDirectory spiedDirectory;

  @Test
  void aRedeliveredOlderEventDoesNotUndoANewerOne() {
    String bm = "7000000000000001";
    Envelope<BusinessManagerConnected> first =
        connected(
            "tenant-dir",
            bm,
            "First Name",
            Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-1)));
    Envelope<BusinessManagerConnected> second =
        connected("tenant-dir", bm, "Second Name", Clock.systemUTC());

    send(first);
    send(second);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> name("tenant-dir", bm).equals("Second Name"));
    send(second);
    send(first);
    Envelope<BusinessManagerConnected> marker =
        connected("tenant-dir", "7000000000000002", "Marker");
    send(marker);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> directory.find("tenant-dir", "7000000000000002").isPresent());

    assertThat(name("tenant-dir", bm)).isEqualTo("Second Name");
  }

  @Test
  void aPoisonEventIsDeadLetteredAndATransientFailureIsRetried() {
    assertPoisonIsDeadLettered(Topics.BUSINESS_MANAGER_EVENTS, "directory-listener-it");

    doThrow(new IllegalStateException("store hiccup"))
        .doCallRealMethod()
        .when(spiedDirectory)
        .connected(
            eq("tenant-transient"),
            any(BusinessManagerDirectory.Guard.class),
            any(BusinessManagerConnected.class));
    send(connected("tenant-transient", "7000000000000003", "Transient Corp"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> directory.find("tenant-transient", "7000000000000003").isPresent());
    doCallRealMethod()
        .when(spiedDirectory)
        .connected(
            anyString(),
            any(BusinessManagerDirectory.Guard.class),
            any(BusinessManagerConnected.class));
  }

  private String name(String tenantId, String bm) {
    return directory.find(tenantId, bm).map(KnownBusinessManager::name).orElse("");
  }

  private Envelope<BusinessManagerConnected> connected(String tenantId, String bm, String name) {
    return connected(tenantId, bm, name, Clock.systemUTC());
  }

  private Envelope<BusinessManagerConnected> connected(
      String tenantId, String bm, String name, Clock clock) {
    return Envelope.start(
        Messages.BUSINESS_MANAGER_CONNECTED,
        tenantId,
        "test",
        new BusinessManagerConnected(
            bm,
            name,
            ANA,
            List.of("business_management"),
            null,
            vault.seal("token-" + bm, SecretContext.businessManagerAdminToken(tenantId, bm)),
            false),
        clock);
  }

  private void send(Envelope<?> envelope) {
    publisher.publishAndWait(envelope, Duration.ofSeconds(10));
  }
}
