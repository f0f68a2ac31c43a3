package io.mooring.graphsimulator.fault;

/** Fixed delay plus a uniform random jitter, in milliseconds. */
public record Latency(long fixedMs, long jitterMs) {
  public static final Latency NONE = new Latency(0, 0);

  public boolean isNone() {
    return fixedMs <= 0 && jitterMs <= 0;
  }
}
