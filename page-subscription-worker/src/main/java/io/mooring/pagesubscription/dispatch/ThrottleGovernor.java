package io.mooring.pagesubscription.dispatch;

import io.mooring.graph.usage.BusinessUseCaseUsage;
import io.mooring.graph.usage.GraphUsage;
import io.mooring.graph.usage.UsageListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Slows Mooring down before Meta throttles it, from the usage headers of every response: a page or
 * business whose Business Use Case usage nears 100% waits (until Meta's estimate when it is spent),
 * and the whole worker pauses briefly when the app's usage nears 100%.
 */
@Component
public class ThrottleGovernor implements UsageListener {
  static final int SLOW_DOWN_AT = 80;
  static final int FULL = 100;
  private static final Duration SPREAD = Duration.ofSeconds(2);
  private static final Duration USAGE_MEMORY = Duration.ofMinutes(5);

  private final Clock clock;
  private final Map<String, ObjectUsage> usageByObject = new ConcurrentHashMap<>();
  private final AtomicReference<ObjectUsage> appUsage = new AtomicReference<>();

  public ThrottleGovernor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void onUsage(String operation, GraphUsage usage) {
    Instant now = clock.instant();
    for (BusinessUseCaseUsage entry : usage.businessUseCases()) {
      Duration regain = entry.estimatedTimeToRegainAccess();
      usageByObject.put(
          entry.businessObjectId(),
          new ObjectUsage(entry.maxPercent(), regain.isZero() ? null : now.plus(regain), now));
    }
    usage.app().ifPresent(app -> appUsage.set(new ObjectUsage(app.max(), null, now)));
  }

  /** When calls for this page (or its business) may go on; empty when they may now. */
  public Optional<Instant> notBefore(String... objectIds) {
    Instant now = clock.instant();
    Instant latest = null;
    for (String id : objectIds) {
      ObjectUsage usage = id == null ? null : usageByObject.get(id);
      if (usage == null || usage.seenAt().isBefore(now.minus(USAGE_MEMORY))) {
        continue;
      }
      Instant wait = usage.waitUntil(now);
      if (wait != null && (latest == null || wait.isAfter(latest))) {
        latest = wait;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** How long the whole worker should pause before dispatching more. */
  public Duration globalPause() {
    ObjectUsage app = appUsage.get();
    if (app == null || app.percent() < SLOW_DOWN_AT) {
      return Duration.ZERO;
    }
    return Duration.ofMillis(Math.min(1_000, (app.percent() - SLOW_DOWN_AT) * 50L));
  }

  private record ObjectUsage(int percent, Instant regainAt, Instant seenAt) {
    /** Meta's own estimate, when it gave one, is the authority; else usage paces the calls. */
    Instant waitUntil(Instant now) {
      if (regainAt != null) {
        return regainAt.isAfter(now) ? regainAt : null;
      }
      if (percent >= FULL) {
        return now.plus(SPREAD.multipliedBy(2));
      }
      if (percent >= SLOW_DOWN_AT) {
        long share = SPREAD.toMillis() * (percent - SLOW_DOWN_AT) / (FULL - SLOW_DOWN_AT);
        return now.plusMillis(share);
      }
      return null;
    }
  }
}
