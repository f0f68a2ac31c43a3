package io.mooring.graphsimulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.graphsimulator.graph.GraphError;
import io.mooring.graphsimulator.support.TestProperties;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
  private final FaultInjector faults = new FaultInjector(TestProperties.withSeed(42));

  @Test
  void firesForItsOperationUntilTheCountRunsOut() {
    faults.add("page.read", 2, null, 1.0, 2, null, null, null);
    assertThat(faults.errorFor("me")).isNull();
    GraphError first = faults.errorFor("page.read");
    assertThat(first.code()).isEqualTo(2);
    assertThat(first.isTransient()).isTrue();
    assertThat(first.httpStatus()).isEqualTo(500);
    assertThat(faults.errorFor("page.read")).isNotNull();
    assertThat(faults.errorFor("page.read")).isNull();
    assertThat(faults.rules()).isEmpty();
  }

  @Test
  void wildcardAndSubcodeAndOverrides() {
    faults.add("*", 190, 463, 1.0, null, "gone", null, 401);
    GraphError error = faults.errorFor("anything");
    assertThat(error.subcode()).isEqualTo(463);
    assertThat(error.message()).isEqualTo("gone");
    assertThat(error.httpStatus()).isEqualTo(401);
    assertThat(error.type()).isEqualTo("OAuthException");
  }

  @Test
  void rateZeroNeverFires() {
    faults.add("me", 1, null, 0.0, null, null, null, null);
    for (int i = 0; i < 100; i++) {
      assertThat(faults.errorFor("me")).isNull();
    }
  }

  @Test
  void rejectsInvalidRules() {
    assertThatThrownBy(() -> faults.add("me", 1, null, 1.5, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.add("", 1, null, 1.0, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void latencyPerOperationOverridesTheDefault() {
    faults.setLatency(new Latency(10, 0));
    faults.setLatency("page.read", new Latency(100, 20));
    assertThat(faults.delayMillis("me")).isEqualTo(10);
    assertThat(faults.delayMillis("page.read")).isBetween(100L, 120L);
    faults.reset();
    assertThat(faults.delayMillis("page.read")).isZero();
  }
}
