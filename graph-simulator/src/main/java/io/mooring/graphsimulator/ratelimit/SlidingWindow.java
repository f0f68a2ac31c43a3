package io.mooring.graphsimulator.ratelimit;

/**
 * Calls counted in a sliding window split into buckets (window / {@value #BUCKETS} wide). Cheap
 * enough to keep one per page, business, app and user.
 */
public final class SlidingWindow {
  static final int BUCKETS = 60;

  private final long bucketMillis;
  private final long[] counts = new long[BUCKETS];
  private final long[] epochs = new long[BUCKETS];

  public SlidingWindow(long windowMillis) {
    this.bucketMillis = Math.max(1, windowMillis / BUCKETS);
    java.util.Arrays.fill(epochs, Long.MIN_VALUE);
  }

  /** Counts one call at {@code nowMillis} and returns the calls in the window including it. */
  public synchronized long record(long nowMillis) {
    long epoch = nowMillis / bucketMillis;
    int slot = (int) Math.floorMod(epoch, (long) BUCKETS);
    if (epochs[slot] != epoch) {
      epochs[slot] = epoch;
      counts[slot] = 0;
    }
    counts[slot]++;
    return total(epoch);
  }

  public synchronized long count(long nowMillis) {
    return total(nowMillis / bucketMillis);
  }

  /**
   * Milliseconds until fewer than {@code budget} calls remain in the window if no more calls are
   * made; 0 when already below.
   */
  public synchronized long millisUntilBelow(long budget, long nowMillis) {
    long epoch = nowMillis / bucketMillis;
    long remaining = total(epoch);
    if (remaining < budget) {
      return 0;
    }
    for (long e = epoch - BUCKETS + 1; e <= epoch; e++) {
      int slot = (int) Math.floorMod(e, (long) BUCKETS);
      if (epochs[slot] == e) {
        remaining -= counts[slot];
      }
      if (remaining < budget) {
        // Bucket e leaves the window when epoch e + BUCKETS starts.
        return Math.max(1, (e + BUCKETS) * bucketMillis - nowMillis);
      }
    }
    return BUCKETS * bucketMillis;
  }

  private long total(long epoch) {
    long sum = 0;
    long oldest = epoch - BUCKETS + 1;
    for (int i = 0; i < BUCKETS; i++) {
      if (epochs[i] >= oldest && epochs[i] <= epoch) {
        sum += counts[i];
      }
    }
    return sum;
  }
}
