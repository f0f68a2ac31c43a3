package io.mooring.graph.usage;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A ready-made {@link UsageListener} that remembers the latest usage seen, overall and per business
 * object (Page) id, for callers that poll rather than react.
 */
public final class LatestUsageTracker implements UsageListener {

  private final AtomicReference<GraphUsage> latest = new AtomicReference<>(GraphUsage.NONE);
  private final Map<String, BusinessUseCaseUsage> latestByObject = new ConcurrentHashMap<>();

  @Override
  public void onUsage(String operation, GraphUsage usage) {
    latest.set(usage);
    usage.businessUseCases().forEach(entry -> latestByObject.put(key(entry), entry));
  }

  public GraphUsage latest() {
    return latest.get();
  }

  /** {@link GraphUsage#maxUsagePercent()} of the latest response. */
  public int maxUsagePercent() {
    return latest.get().maxUsagePercent();
  }

  /** Latest usage Meta reported for one business object (e.g. a Page id) and use case type. */
  public Optional<BusinessUseCaseUsage> latestFor(String businessObjectId, String type) {
    return Optional.ofNullable(latestByObject.get(businessObjectId + "/" + type));
  }

  private static String key(BusinessUseCaseUsage entry) {
    return entry.businessObjectId() + "/" + entry.type();
  }
}
