package io.mooring.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many REST requests a tenant may make: {@code capacity} per {@code period}, refilled smoothly,
 * with bursts up to {@code capacity}. Anonymous calls (Meta's login callback, signed report links)
 * are counted per client address instead.
 */
@ConfigurationProperties("mooring.gateway.rate-limit")
public record RateLimitProperties(
    @DefaultValue("300") long capacity, @DefaultValue("1m") Duration period) {
  public RateLimitProperties {
    if (capacity < 1 || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("rate limit needs a positive capacity and period");
    }
  }
}
