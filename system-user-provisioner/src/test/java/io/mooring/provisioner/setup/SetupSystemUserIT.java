package io.mooring.provisioner.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.systemuser.SetupSystemUserRequested;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.contracts.topics.Topics;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.systemuser.SystemUser;
import io.mooring.graph.token.AccessToken;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.platform.kafka.DeadLetterReason;
import io.mooring.secrets.SecretContext;
import io.mooring.testsupport.SharedGraphSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Setting up the System User through On-Behalf-Of, against the simulator. */
class SetupSystemUserIT extends ProvisionerTestSupport {
  @Autowired GraphApiClient graph;

  @DynamicPropertySource
  static void partnerToken(DynamicPropertyRegistry registry) {
    SharedGraphSimulator.registerPartnerToken(registry);
  }

  @Autowired ProvisioningProperties properties;

  @Test
  void aSetupCreatesOneLeastPrivilegeEmployeeSystemUserInTheClientsBusiness() {
    DemoWorld.ClientBusiness business = business(0);
    String adminToken = adminTokenOf(business);

    send(setupCommand("tenant-happy", business, adminToken));

    var provisioned = (SystemUserProvisioned) onlyEvent(business.id()).payload();
    assertThat(provisioned.role()).isEqualTo("EMPLOYEE");
    assertThat(provisioned.scopes()).containsExactlyInAnyOrderElementsOf(properties.scopes());
    assertThat(provisioned.scopes()).doesNotContain("ads_management");
    assertThat(provisioned.systemUserName()).isEqualTo(business.name() + " SYSTEM USER");
    String token =
        vault.open(
            provisioned.systemUserToken(),
            SecretContext.systemUserToken("tenant-happy", business.id()));
    assertThat(graph.me().me(AccessToken.of(token)).id()).isEqualTo(provisioned.systemUserId());
    List<SystemUser> systemUsers =
        graph.businesses().systemUsers(AccessToken.of(adminToken), business.id()).data();
    assertThat(systemUsers)
        .filteredOn(su -> su.id().equals(provisioned.systemUserId()))
        .hasSize(1)
        .allSatisfy(su -> assertThat(su.role().name()).isEqualTo("EMPLOYEE"));
    assertThat(systemUsers).filteredOn(su -> su.name().endsWith("SYSTEM USER")).hasSize(1);
  }

  @Test
  void aDuplicateCommandAndALaterOneNeverCreateASecondSystemUser() {
    DemoWorld.ClientBusiness business = business(1);
    String adminToken = adminTokenOf(business);
    Envelope<SetupSystemUserRequested> command = setupCommand("tenant-dup", business, adminToken);

    send(command);
    send(command);
    String firstId = ((SystemUserProvisioned) onlyEvent(business.id()).payload()).systemUserId();
    send(setupCommand("tenant-dup", business, adminToken));

    List<Envelope<?>> events =
        kafka().envelopes(Topics.SYSTEM_USER_EVENTS.name(), business.id(), 2);
    assertThat(events).hasSize(2);
    assertThat(events)
        .allSatisfy(
            e ->
                assertThat(((SystemUserProvisioned) e.payload()).systemUserId())
                    .isEqualTo(firstId));
    assertThat(events.stream().map(Envelope::causationId).distinct()).hasSize(2);
    assertThat(graph.businesses().systemUsers(AccessToken.of(adminToken), business.id()).data())
        .filteredOn(su -> su.name().endsWith("SYSTEM USER"))
        .hasSize(1);
  }

  @Test
  void aTransientMetaFailureWaitsAndResumesAtTheStepWhereItStopped() {
    DemoWorld.ClientBusiness business = business(2);
    simulator().admin().injectError("me", 2, null, 1.0, 2);

    send(setupCommand("tenant-transient", business, adminTokenOf(business)));

    var provisioned = (SystemUserProvisioned) onlyEvent(business.id()).payload();
    Provisioning done =
        provisionings.find(Provisioning.idOf("tenant-transient", business.id())).orElseThrow();
    assertThat(done.status()).isEqualTo(ProvisioningStatus.PROVISIONED);
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(done.systemUserId()).isEqualTo(provisioned.systemUserId());
  }

  @Test
  void aSetupLeftBehindByACrashedWorkerIsResumedWithoutASecondSystemUser() {
    DemoWorld.ClientBusiness business = business(3);
    String adminToken = adminTokenOf(business);
    // The worker dies after step 2 saved the token: its lease will lapse.
    simulator().admin().injectError("me", 2, null, 1.0, null);
    send(setupCommand("tenant-crash", business, adminToken));
    String id = Provisioning.idOf("tenant-crash", business.id());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> provisionings.find(id).map(p -> p.attempts() >= 1).orElse(false));
    Provisioning stopped = provisionings.find(id).orElseThrow();
    assertThat(stopped.step()).isEqualTo(ProvisioningStep.IDENTIFY_SYSTEM_USER);
    assertThat(stopped.systemUserToken()).isNotNull();

    simulator().admin().clearErrors();

    var provisioned = (SystemUserProvisioned) onlyEvent(business.id()).payload();
    assertThat(graph.businesses().systemUsers(AccessToken.of(adminToken), business.id()).data())
        .filteredOn(su -> su.name().endsWith("SYSTEM USER"))
        .extracting(SystemUser::id)
        .containsExactly(provisioned.systemUserId());
  }

  @Test
  void aRevokedAdminTokenFailsAtOnceWithReconnectAsTheNextStep() {
    DemoWorld.ClientBusiness business = business(4);
    String adminToken = adminTokenOf(business);
    simulator().admin().revokeToken(adminToken);

    send(setupCommand("tenant-revoked", business, adminToken));

    var failed = (SystemUserProvisioningFailed) onlyEvent(business.id()).payload();
    assertThat(failed.reason()).isEqualTo(ReasonCode.ADMIN_TOKEN_EXPIRED);
    assertThat(failed.nextStep())
        .isEqualTo(
            "Reconnect Business Manager \""
                + business.name()
                + "\" in Mooring, then set up the System User again.");
    assertThat(failed.attempts()).isEqualTo(1);
  }

  @Test
  void retriesAreBoundedAndEndWithMetaUnavailable() {
    DemoWorld.ClientBusiness business = business(5);
    simulator().admin().injectError("managed_businesses.create", 1, null, 1.0, null);

    send(setupCommand("tenant-down", business, adminTokenOf(business)));

    var failed = (SystemUserProvisioningFailed) onlyEvent(business.id()).payload();
    assertThat(failed.reason()).isEqualTo(ReasonCode.META_UNAVAILABLE);
    assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
  }

  @Test
  void aPoisonCommandGoesToTheDeadLetterTopicWithItsReason() {
    String key = "poison-" + UUID.randomUUID();
    String malformed =
        EnvelopeCodec.encodeToString(setupCommand("tenant-poison", business(6), "x"))
            .replace("\"businessManagerId\":\"" + business(6).id() + "\",", "");

    kafka()
        .sendRaw(
            Topics.SYSTEM_USER_COMMANDS.name(), key, malformed.getBytes(StandardCharsets.UTF_8));

    var dead =
        kafka()
            .awaitRecords(
                Topics.SYSTEM_USER_COMMANDS.deadLetterTopic(), r -> key.equals(r.key()), 1)
            .get(0);
    assertThat(
            new String(
                dead.headers().lastHeader(DeadLetterReason.HEADER).value(), StandardCharsets.UTF_8))
        .contains("businessManagerId");
  }

  private Envelope<?> onlyEvent(String businessManagerId) {
    return kafka().envelopes(Topics.SYSTEM_USER_EVENTS.name(), businessManagerId, 1).get(0);
  }
}
