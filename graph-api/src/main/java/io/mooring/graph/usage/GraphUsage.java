package io.mooring.graph.usage;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Snapshot of Meta's rate-limit headers on one response. Read {@link #maxUsagePercent()} to slow
 * down before Meta throttles (it may throttle at 100).
 *
 * @param app {@code X-App-Usage} (platform rate limit), when present
 * @param businessUseCases {@code X-Business-Use-Case-Usage} entries (system user and Page tokens)
 * @param page {@code X-Page-Usage} (legacy, often absent), when present
 */
public record GraphUsage(
    Optional<UsagePercentages> app,
    List<BusinessUseCaseUsage> businessUseCases,
    Optional<UsagePercentages> page) {

  public static final GraphUsage NONE =
      new GraphUsage(Optional.empty(), List.of(), Optional.empty());

  public GraphUsage {
    businessUseCases = List.copyOf(businessUseCases);
  }

  public boolean isEmpty() {
    return app.isEmpty() && businessUseCases.isEmpty() && page.isEmpty();
  }

  /** Highest percentage across every header and field; 0 when no header was sent. */
  public int maxUsagePercent() {
    return Stream.concat(
            Stream.concat(app.stream(), page.stream()).map(UsagePercentages::max),
            businessUseCases.stream().map(BusinessUseCaseUsage::maxPercent))
        .max(Integer::compare)
        .orElse(0);
  }

  /** The longest non-zero {@code estimated_time_to_regain_access} of any business use case. */
  public Optional<Duration> estimatedTimeToRegainAccess() {
    return businessUseCases.stream()
        .map(BusinessUseCaseUsage::estimatedTimeToRegainAccess)
        .filter(wait -> !wait.isZero() && !wait.isNegative())
        .max(Comparator.naturalOrder());
  }

  /** Entries for one business object (e.g. a Page id). */
  public List<BusinessUseCaseUsage> businessUseCasesOf(String businessObjectId) {
    return businessUseCases.stream()
        .filter(usage -> usage.businessObjectId().equals(businessObjectId))
        .toList();
  }
}
