package io.mooring.graphsimulator.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Wall-clock time plus an offset the admin API can advance (to expire tokens and codes). */
@Component
public class SimulatorClock {
  private final AtomicLong offsetMillis = new AtomicLong();

  public Instant now() {
    return Instant.ofEpochMilli(nowMillis());
  }

  public long nowMillis() {
    return System.currentTimeMillis() + offsetMillis.get();
  }

  public void advance(Duration duration) {
    offsetMillis.addAndGet(duration.toMillis());
  }

  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  public void reset() {
    offsetMillis.set(0);
  }
}
