package io.mooring.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(30), 2.0, Duration.ofMinutes(10), 5);

  @Test
  void backOffDoublesUpToTheCap() {
    assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(policy.backoffAfter(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.backoffAfter(500)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(policy.exhausted(4)).isFalse();
    assertThat(policy.exhausted(5)).isTrue();
  }
}
