package io.mooring.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * One token bucket (Bucket4j) per key, kept while the key is active. Buckets live in this gateway
 * instance: with N instances a tenant gets up to N times the rate (see the README).
 */
@Component
public class RateLimiter {
  private final RateLimitProperties properties;
  private final Cache<String, Bucket> buckets;

  public RateLimiter(RateLimitProperties properties) {
    this.properties = properties;
    // An idle key's bucket is full again after one period, so forgetting it then loses nothing.
    this.buckets =
        Caffeine.newBuilder()
            .expireAfterAccess(properties.period().plus(Duration.ofMinutes(1)))
            .maximumSize(100_000)
            .build();
  }

  public Decision tryAcquire(String key) {
    Bucket bucket = buckets.get(key, ignored -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return new Decision(true, probe.getRemainingTokens(), 0);
    }
    long waitSeconds =
        Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() - 1) + 1);
    return new Decision(false, 0, waitSeconds);
  }

  public long capacity() {
    return properties.capacity();
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(properties.capacity())
                    .refillGreedy(properties.capacity(), properties.period()))
        .build();
  }

  /**
   * @param allowed whether the request may go on
   * @param remaining requests left in the bucket now
   * @param retryAfterSeconds when refused, the whole seconds until one more request is allowed
   */
  public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}
}
