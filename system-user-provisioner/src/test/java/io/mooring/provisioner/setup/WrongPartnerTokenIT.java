package io.mooring.provisioner.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.contracts.topics.Topics;
import io.mooring.graphsimulator.world.DemoWorld;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The operator configured the wrong partner token: the setup says so, and does not retry. */
class WrongPartnerTokenIT extends ProvisionerTestSupport {

  @DynamicPropertySource
  static void wrongPartnerToken(DynamicPropertyRegistry registry) {
    registry.add(
        "mooring.provisioning.partner-admin-system-user-token", () -> "EAAwrong-partner-token");
  }

  @Test
  void aWrongPartnerTokenFailsClearlyWithoutMixingUpTheTwoTokens() {
    DemoWorld.ClientBusiness business = business(7);

    send(setupCommand("tenant-partner", business, adminTokenOf(business)));

    var failed =
        (SystemUserProvisioningFailed)
            kafka().envelopes(Topics.SYSTEM_USER_EVENTS.name(), business.id(), 1).get(0).payload();
    assertThat(failed.reason()).isEqualTo(ReasonCode.PARTNER_CONFIGURATION_INVALID);
    assertThat(failed.nextStep()).contains("Mooring operator");
    assertThat(failed.attempts()).isEqualTo(1);
  }
}
