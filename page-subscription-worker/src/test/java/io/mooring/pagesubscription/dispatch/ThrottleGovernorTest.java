package io.mooring.pagesubscription.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graph.usage.BusinessUseCaseUsage;
import io.mooring.graph.usage.GraphUsage;
import io.mooring.graph.usage.UsagePercentages;
import io.mooring.testsupport.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleGovernorTest {
  private final MovableClock clock = new MovableClock();
  private final ThrottleGovernor governor = new ThrottleGovernor(clock);

  @Test
  void aSpentPageWaitsUntilMetasEstimateAndNotLonger() {
    governor.onUsage("page.read", usage("111", 100, Duration.ofMinutes(2)));

    assertThat(governor.notBefore("111"))
        .hasValueSatisfying(until -> assertThat(until).isAfter(clock.instant().plusSeconds(110)));
    assertThat(governor.notBefore("222")).isEmpty();

    clock.advance(Duration.ofMinutes(3));
    assertThat(governor.notBefore("111")).isEmpty();
  }

  @Test
  void usageNearTheLimitSpreadsCallsOutBeforeMetaThrottles() {
    governor.onUsage("page.read", usage("111", 90, Duration.ZERO));
    governor.onUsage("page.read", usage("333", 40, Duration.ZERO));

    Optional<java.time.Instant> paced = governor.notBefore("111");
    assertThat(paced).isPresent();
    assertThat(Duration.between(clock.instant(), paced.get()))
        .isBetween(Duration.ofMillis(500), Duration.ofSeconds(2));
    assertThat(governor.notBefore("333")).isEmpty();
  }

  @Test
  void theWholeWorkerPausesWhenTheAppNearsItsLimit() {
    assertThat(governor.globalPause()).isZero();

    governor.onUsage(
        "me",
        new GraphUsage(Optional.of(new UsagePercentages(95, 10, 10)), List.of(), Optional.empty()));

    assertThat(governor.globalPause()).isEqualTo(Duration.ofMillis(750));
  }

  private static GraphUsage usage(String objectId, int percent, Duration regain) {
    return new GraphUsage(
        Optional.empty(),
        List.of(
            new BusinessUseCaseUsage(
                objectId, "pages", percent, percent, percent, regain, Optional.empty())),
        Optional.empty());
  }
}
