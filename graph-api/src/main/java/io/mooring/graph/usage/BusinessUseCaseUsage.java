package io.mooring.graph.usage;

import java.time.Duration;
import java.util.Optional;

/**
 * One entry of {@code X-Business-Use-Case-Usage}: usage of a business object (for Page calls, the
 * Page id) under one use case type ({@code pages}, {@code messenger}, {@code ads_management} ...).
 *
 * @param estimatedTimeToRegainAccess Meta sends it in minutes; zero when not throttled
 * @param adsApiAccessTier only present for ads use cases
 */
public record BusinessUseCaseUsage(
    String businessObjectId,
    String type,
    int callCount,
    int totalCputime,
    int totalTime,
    Duration estimatedTimeToRegainAccess,
    Optional<String> adsApiAccessTier) {

  public int maxPercent() {
    return Math.max(callCount, Math.max(totalCputime, totalTime));
  }
}
