package io.mooring.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final RateLimiter limiter =
      new RateLimiter(new RateLimitProperties(3, Duration.ofHours(1)));

  @Test
  void aKeyMayMakeCapacityRequestsThenWaits() {
    assertThat(limiter.tryAcquire("tenant:a").remaining()).isEqualTo(2);
    limiter.tryAcquire("tenant:a");
    assertThat(limiter.tryAcquire("tenant:a").allowed()).isTrue();

    RateLimiter.Decision refused = limiter.tryAcquire("tenant:a");

    assertThat(refused.allowed()).isFalse();
    // One request more every 20 minutes (3 per hour).
    assertThat(refused.retryAfterSeconds()).isBetween(1_190L, 1_200L);
  }

  @Test
  void keysHaveTheirOwnBuckets() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("tenant:busy");
    }

    assertThat(limiter.tryAcquire("tenant:busy").allowed()).isFalse();
    assertThat(limiter.tryAcquire("tenant:calm").allowed()).isTrue();
  }
}
