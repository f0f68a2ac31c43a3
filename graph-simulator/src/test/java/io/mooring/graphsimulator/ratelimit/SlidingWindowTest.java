package io.mooring.graphsimulator.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlidingWindowTest {
  private static final long WINDOW = 60_000;

  @Test
  void countsCallsWithinTheWindowOnly() {
    SlidingWindow window = new SlidingWindow(WINDOW);
    long t0 = 1_000_000_000L;
    assertThat(window.record(t0)).isEqualTo(1);
    assertThat(window.record(t0 + 10_000)).isEqualTo(2);
    assertThat(window.record(t0 + 30_000)).isEqualTo(3);
    assertThat(window.count(t0 + 65_000)).as("first call left the window").isEqualTo(2);
    assertThat(window.count(t0 + 200_000)).isZero();
  }

  @Test
  void timeUntilBelowBudgetFollowsTheOldestCalls() {
    SlidingWindow window = new SlidingWindow(WINDOW);
    long t0 = 1_000_000_000L;
    window.record(t0);
    window.record(t0 + 30_000);
    window.record(t0 + 30_000);
    assertThat(window.millisUntilBelow(10, t0 + 30_000)).isZero();
    long untilTwo = window.millisUntilBelow(3, t0 + 30_000);
    assertThat(untilTwo).as("the call at t0 must leave").isBetween(29_000L, 31_000L);
    long untilOne = window.millisUntilBelow(2, t0 + 30_000);
    assertThat(untilOne).as("the calls at t0+30s must leave").isBetween(59_000L, 61_000L);
  }
}
