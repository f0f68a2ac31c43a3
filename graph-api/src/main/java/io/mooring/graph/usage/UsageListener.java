package io.mooring.graph.usage;

/**
 * Called after every Graph response that carried a usage header, successful or not, so callers can
 * slow down before Meta throttles them. Runs on the calling thread: keep it quick. Exceptions it
 * throws are logged and ignored.
 */
@FunctionalInterface
public interface UsageListener {

  void onUsage(String operation, GraphUsage usage);
}
