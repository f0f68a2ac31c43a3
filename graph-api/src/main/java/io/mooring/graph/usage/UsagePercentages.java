package io.mooring.graph.usage;

/**
 * Usage percentages of a platform-level header ({@code X-App-Usage}, {@code X-Page-Usage}). Meta
 * may throttle once any of them reaches 100.
 */
public record UsagePercentages(int callCount, int totalCputime, int totalTime) {

  public int max() {
    return Math.max(callCount, Math.max(totalCputime, totalTime));
  }
}
