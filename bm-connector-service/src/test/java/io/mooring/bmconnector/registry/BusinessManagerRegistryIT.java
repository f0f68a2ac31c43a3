package io.mooring.bmconnector.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import io.mooring.bmconnector.ConnectorTestSupport;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.systemuser.SetupSystemUserRequested;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.contracts.topics.Topics;
import io.mooring.platform.identity.Role;
import io.mooring.platform.kafka.DeadLetterReason;
import io.mooring.platform.kafka.MessagePublisher;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import io.mooring.testsupport.ServiceHttp.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The Business Manager API (badge, filter, setup, removal answer, tenant isolation) and the
 * consumer of the provisioner's events: happy, duplicate, poison, transient.
 */
@TestPropertySource(properties = "spring.kafka.consumer.group-id=bm-registry-it")
class BusinessManagerRegistryIT extends ConnectorTestSupport {
  private static final RequestedBy ANA = new RequestedBy("ana", "ana@acme.example", "Ana");

  @Autowired BusinessManagers businessManagers;
  @Autowired MessagePublisher publisher;
  @Autowired TokenVault vault;
  @MockitoSpyBean BusinessManagers spiedBusinessManagers;

  @Test
  void askingTwiceForTheSystemUserStartsOneSetupCarryingTheSealedAdminToken() throws Exception {
    String bm = connected("tenant-setup", "1000000000000101", "Setup Corp");
    String admin = identity("tenant-setup", "ana", Role.ADMIN);

    Response first = post("/api/business-managers/" + bm + "/system-user", admin, null);
    Response second = post("/api/business-managers/" + bm + "/system-user", admin, null);

    assertThat(first.status()).isEqualTo(202);
    assertThat(first.body().path("systemUser").path("status").asString()).isEqualTo("PROVISIONING");
    assertThat(second.status()).isEqualTo(202);
    List<Envelope<?>> commands =
        kafka()
            .readAll(
                Topics.SYSTEM_USER_COMMANDS.name(), r -> bm.equals(r.key()), Duration.ofSeconds(3))
            .stream()
            .<Envelope<?>>map(r -> EnvelopeCodec.decode(r.value()))
            .toList();
    assertThat(commands).hasSize(1);
    var command = (SetupSystemUserRequested) commands.get(0).payload();
    assertThat(
            vault.open(
                command.adminToken(), SecretContext.businessManagerAdminToken("tenant-setup", bm)))
        .isEqualTo("admin-token-of-" + bm);
  }

  @Test
  void theProvisionerEventsDriveTheBadgeAndTheFilterOncePerEvent() throws Exception {
    String bm = connected("tenant-badge", "1000000000000102", "Badge Corp");
    connected("tenant-badge", "1000000000000103", "Other Corp");
    String viewer = identity("tenant-badge", "vic", Role.VIEWER);
    var provisioned =
        Envelope.start(
            Messages.SYSTEM_USER_PROVISIONED,
            "tenant-badge",
            "system-user-provisioner",
            new SystemUserProvisioned(
                bm,
                "Badge Corp",
                "3000000000000102",
                "Badge Corp SYSTEM USER",
                "EMPLOYEE",
                List.of("pages_manage_posts"),
                null,
                new SealedSecret("k", "c"),
                ANA),
            Clock.systemUTC());

    publisher.publishAndWait(provisioned, Duration.ofSeconds(10));
    publisher.publishAndWait(provisioned, Duration.ofSeconds(10));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> status("tenant-badge", bm) == SystemUserStatus.ENABLED);
    Response enabled = get("/api/business-managers?systemUserEnabled=true", viewer);
    assertThat(enabled.body().path("totalItems").asLong()).isEqualTo(1);
    assertThat(enabled.body().path("items").get(0).path("systemUser").path("enabled").asBoolean())
        .isTrue();
    assertThat(
            enabled.body().path("items").get(0).path("systemUser").path("systemUserId").asString())
        .isEqualTo("3000000000000102");
    assertThat(
            get("/api/business-managers?systemUserEnabled=false", viewer)
                .body()
                .path("totalItems")
                .asLong())
        .isEqualTo(1);

    var failed =
        Envelope.start(
            Messages.SYSTEM_USER_PROVISIONING_FAILED,
            "tenant-badge",
            "system-user-provisioner",
            new SystemUserProvisioningFailed(
                bm,
                "Badge Corp",
                ANA,
                ReasonCode.ADMIN_TOKEN_EXPIRED,
                ReasonCode.ADMIN_TOKEN_EXPIRED.nextStep("Badge Corp"),
                List.of(),
                1),
            Clock.systemUTC());
    publisher.publishAndWait(failed, Duration.ofSeconds(10));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> status("tenant-badge", bm) == SystemUserStatus.FAILED);
    SystemUserState replayedOlder =
        new SystemUserState(
            SystemUserStatus.ENABLED,
            "3000000000000102",
            "Badge Corp SYSTEM USER",
            List.of(),
            null,
            null,
            null,
            null,
            Instant.now(),
            provisioned.eventId().toString(),
            provisioned.occurredAt());
    assertThat(
            businessManagers.applySystemUserEvent(
                "tenant-badge",
                bm,
                UUID.randomUUID().toString(),
                new SystemUserState(
                    SystemUserStatus.ENABLED,
                    "x",
                    "x",
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    Instant.now(),
                    "older",
                    provisioned.occurredAt().minusSeconds(300))))
        .as("an event older than the last applied one changes nothing")
        .isFalse();
    assertThat(
            businessManagers.applySystemUserEvent(
                "tenant-badge", bm, provisioned.eventId().toString(), replayedOlder))
        .as("a redelivered event changes nothing")
        .isFalse();
    assertThat(status("tenant-badge", bm)).isEqualTo(SystemUserStatus.FAILED);
    Response one = get("/api/business-managers/" + bm, viewer);
    assertThat(one.body().path("systemUser").path("reason").asString())
        .isEqualTo("ADMIN_TOKEN_EXPIRED");
    assertThat(one.body().path("systemUser").path("nextStep").asString())
        .contains("Reconnect Business Manager \"Badge Corp\"");
  }

  @Test
  void aPoisonEventGoesToTheDeadLetterTopicAndATransientFailureIsRetried() throws Exception {
    String bm = connected("tenant-faults", "1000000000000104", "Faults Corp");
    String poisonKey = "poison-" + UUID.randomUUID();
    kafka()
        .sendRaw(
            Topics.SYSTEM_USER_EVENTS.name(),
            poisonKey,
            "{\"type\":\"SystemUserProvisioned\"}".getBytes(StandardCharsets.UTF_8));

    var dead =
        kafka()
            .awaitRecords(
                Topics.SYSTEM_USER_EVENTS.deadLetterTopic(), r -> poisonKey.equals(r.key()), 1)
            .get(0);
    assertThat(
            new String(
                dead.headers().lastHeader(DeadLetterReason.HEADER).value(), StandardCharsets.UTF_8))
        .contains("version");

    doThrow(new IllegalStateException("store hiccup"))
        .doCallRealMethod()
        .when(spiedBusinessManagers)
        .applySystemUserEvent(eq("tenant-faults"), anyString(), anyString(), any());
    publisher.publishAndWait(
        Envelope.start(
            Messages.SYSTEM_USER_PROVISIONED,
            "tenant-faults",
            "system-user-provisioner",
            new SystemUserProvisioned(
                bm,
                "Faults Corp",
                "3000000000000104",
                "Faults SYSTEM USER",
                "EMPLOYEE",
                List.of(),
                null,
                null,
                ANA),
            Clock.systemUTC()),
        Duration.ofSeconds(10));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> status("tenant-faults", bm) == SystemUserStatus.ENABLED);
    doCallRealMethod()
        .when(spiedBusinessManagers)
        .applySystemUserEvent(anyString(), anyString(), anyString(), any());
  }

  @Test
  void anotherTenantsBusinessManagerIsInvisibleEverywhere() throws Exception {
    String bm = connected("tenant-a", "1000000000000105", "Tenant A Corp");
    String intruder = identity("tenant-b", "eve", Role.ADMIN);

    assertThat(get("/api/business-managers/" + bm, intruder).status()).isEqualTo(404);
    assertThat(post("/api/business-managers/" + bm + "/system-user", intruder, null).status())
        .isEqualTo(404);
    assertThat(delete("/api/business-managers/" + bm + "/system-user", intruder).status())
        .isEqualTo(404);
    assertThat(get("/api/business-managers", intruder).body().path("totalItems").asLong()).isZero();
    assertThat(status("tenant-a", bm)).isEqualTo(SystemUserStatus.NOT_SET_UP);
  }

  @Test
  void removingTheSystemUserIsAClearProblemThatSaysWhereToDoIt() throws Exception {
    String bm = connected("tenant-remove", "1000000000000106", "Remove Corp");

    Response answer =
        delete(
            "/api/business-managers/" + bm + "/system-user",
            identity("tenant-remove", "ana", Role.ADMIN));

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.body().path("title").asString()).contains("not supported by Mooring");
    assertThat(answer.body().path("detail").asString())
        .contains("Meta Business Settings")
        .contains("Remove Corp");
  }

  @Test
  void viewersCannotSetUpASystemUser() throws Exception {
    String bm = connected("tenant-viewer", "1000000000000107", "Viewer Corp");

    Response refused =
        post(
            "/api/business-managers/" + bm + "/system-user",
            identity("tenant-viewer", "vic", Role.VIEWER),
            null);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(status("tenant-viewer", bm)).isEqualTo(SystemUserStatus.NOT_SET_UP);
  }

  private SystemUserStatus status(String tenantId, String bm) {
    return businessManagers.find(tenantId, bm).orElseThrow().systemUser().status();
  }

  private String connected(String tenantId, String bm, String name) {
    SealedSecret adminToken =
        vault.seal("admin-token-of-" + bm, SecretContext.businessManagerAdminToken(tenantId, bm));
    var event =
        Envelope.start(
            Messages.BUSINESS_MANAGER_CONNECTED,
            tenantId,
            "test",
            new io.mooring.contracts.businessmanager.BusinessManagerConnected(
                bm, name, ANA, List.of("business_management"), null, adminToken, false),
            Clock.systemUTC());
    businessManagers.recordConnection(
        tenantId,
        bm,
        name,
        ANA,
        adminToken,
        Instant.now().plus(Duration.ofDays(60)),
        List.of("business_management"),
        Instant.now(),
        event);
    return bm;
  }
}
