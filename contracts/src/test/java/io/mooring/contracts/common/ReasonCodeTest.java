package io.mooring.contracts.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReasonCodeTest {

  @Test
  void theNextStepNamesTheBusinessManager() {
    assertThat(ReasonCode.SYSTEM_USER_NOT_SET_UP.nextStep("Acme Corp"))
        .isEqualTo("Set up the System User on Business Manager \"Acme Corp\", then retry.");
  }

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void everyReasonHasATextAndANextStepEvenWithoutABusinessManagerName(ReasonCode reason) {
    assertThat(reason.text()).isNotBlank();
    assertThat(reason.nextStep(null)).isNotBlank().doesNotContain("%s").doesNotContain("\"?\"");
    assertThat(reason.nextStep("")).isEqualTo(reason.nextStep(null));
  }
}
