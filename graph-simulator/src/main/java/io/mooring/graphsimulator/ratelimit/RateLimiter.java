package io.mooring.graphsimulator.ratelimit;

import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.GraphException;
import io.mooring.graphsimulator.token.TokenType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Business Use Case budgets per page and per business, plus app and user budgets, each in a sliding
 * window. Every call is counted, throttled ones too ("continuing to make calls will continue to
 * increase your call count").
 */
@Component
public class RateLimiter {
  public static final String BUC_HEADER = "X-Business-Use-Case-Usage";
  public static final String APP_USAGE_HEADER = "X-App-Usage";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SimulatorProperties.RateLimit defaults;
  private volatile RateLimitSettings settings;
  private final Map<String, Integer> pageBudgets = new ConcurrentHashMap<>();
  private final Map<String, Integer> businessBudgets = new ConcurrentHashMap<>();
  private final Map<String, SlidingWindow> windows = new ConcurrentHashMap<>();

  public RateLimiter(SimulatorProperties properties) {
    this.defaults = properties.rateLimit();
    reset();
  }

  /** What the caller learns: usage headers, and the throttling error if a budget is exceeded. */
  public record Outcome(Map<String, String> headers, GraphException throttled) {}

  public Outcome account(
      String appId,
      TokenType tokenType,
      String userId,
      String pageId,
      String businessId,
      long nowMillis) {
    RateLimitSettings s = settings;
    Map<String, String> headers = new LinkedHashMap<>(2);
    GraphException throttled = null;
    Map<String, Object> buc = new LinkedHashMap<>(2);
    if (pageId != null) {
      int budget = pageBudget(pageId);
      long count = window("page:" + pageId).record(nowMillis);
      buc.put(pageId, List.of(usage("pages", "page:" + pageId, count, budget, nowMillis)));
      if (count > budget) {
        throttled = GraphErrors.throttled(pageThrottleCode(tokenType));
      }
    }
    if (businessId != null) {
      int budget = businessBudgets.getOrDefault(businessId, s.businessCallsPerWindow());
      long count = window("business:" + businessId).record(nowMillis);
      buc.put(
          businessId,
          List.of(
              usage("business_management", "business:" + businessId, count, budget, nowMillis)));
      if (count > budget && throttled == null) {
        throttled = GraphErrors.throttled(613);
      }
    }
    if (appId != null) {
      long count = window("app:" + appId).record(nowMillis);
      headers.put(APP_USAGE_HEADER, json(platformUsage(count, s.appCallsPerWindow())));
      if (count > s.appCallsPerWindow() && throttled == null) {
        throttled = GraphErrors.throttled(4);
      }
    }
    if (tokenType == TokenType.USER && userId != null) {
      long count = window("user:" + appId + ":" + userId).record(nowMillis);
      if (count > s.userCallsPerWindow() && throttled == null) {
        throttled = GraphErrors.throttled(17);
      }
    }
    if (!buc.isEmpty()) {
      headers.put(BUC_HEADER, json(buc));
    }
    return new Outcome(headers, throttled);
  }

  /** Headers for an injected throttling error: full usage and a non-zero time to regain access. */
  public Map<String, String> injectedThrottleHeaders(
      String appId, String pageId, String businessId) {
    Map<String, String> headers = new LinkedHashMap<>(2);
    Map<String, Object> full = new LinkedHashMap<>();
    full.put("call_count", 100);
    full.put("total_cputime", 100);
    full.put("total_time", 100);
    if (appId != null) {
      headers.put(APP_USAGE_HEADER, json(full));
    }
    Map<String, Object> buc = new LinkedHashMap<>(2);
    if (pageId != null) {
      buc.put(pageId, List.of(throttledUsage("pages")));
    }
    if (businessId != null) {
      buc.put(businessId, List.of(throttledUsage("business_management")));
    }
    if (!buc.isEmpty()) {
      headers.put(BUC_HEADER, json(buc));
    }
    return headers;
  }

  private static Map<String, Object> throttledUsage(String type) {
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("type", type);
    usage.put("call_count", 100);
    usage.put("total_cputime", 100);
    usage.put("total_time", 100);
    usage.put("estimated_time_to_regain_access", 1);
    return usage;
  }

  private Map<String, Object> usage(
      String type, String key, long count, int budget, long nowMillis) {
    int pct = percent(count, budget);
    long regainMillis = count > budget ? window(key).millisUntilBelow(budget, nowMillis) : 0;
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("type", type);
    usage.put("call_count", pct);
    usage.put("total_cputime", pct);
    usage.put("total_time", pct);
    usage.put("estimated_time_to_regain_access", minutesCeil(regainMillis));
    return usage;
  }

  private static Map<String, Object> platformUsage(long count, int budget) {
    int pct = percent(count, budget);
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("call_count", pct);
    usage.put("total_cputime", pct);
    usage.put("total_time", pct);
    return usage;
  }

  private static int pageThrottleCode(TokenType tokenType) {
    return switch (tokenType) {
      case USER -> 32;
      case APP -> 4;
      default -> 80001;
    };
  }

  private static int percent(long count, int budget) {
    return budget <= 0 ? 100 : (int) Math.min(Integer.MAX_VALUE, count * 100 / budget);
  }

  private static long minutesCeil(long millis) {
    return millis <= 0 ? 0 : Math.max(1, (millis + 59_999) / 60_000);
  }

  private SlidingWindow window(String key) {
    return windows.computeIfAbsent(key, k -> new SlidingWindow(settings.window().toMillis()));
  }

  private int pageBudget(String pageId) {
    return pageBudgets.getOrDefault(pageId, settings.pageCallsPerWindow());
  }

  private static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  // ---- admin ---------------------------------------------------------------------------------

  public RateLimitSettings settings() {
    return settings;
  }

  /** Changes budgets; a new window length starts counting afresh. */
  public synchronized void update(RateLimitSettings newSettings) {
    boolean windowChanged = !newSettings.window().equals(settings.window());
    settings = newSettings;
    if (windowChanged) {
      windows.clear();
    }
  }

  public void setPageBudget(String pageId, int callsPerWindow) {
    pageBudgets.put(pageId, callsPerWindow);
  }

  public void setBusinessBudget(String businessId, int callsPerWindow) {
    businessBudgets.put(businessId, callsPerWindow);
  }

  public Map<String, Integer> pageBudgets() {
    return Map.copyOf(pageBudgets);
  }

  public Map<String, Integer> businessBudgets() {
    return Map.copyOf(businessBudgets);
  }

  public synchronized void reset() {
    settings =
        new RateLimitSettings(
            defaults.window(),
            defaults.pageCallsPerWindow(),
            defaults.businessCallsPerWindow(),
            defaults.appCallsPerWindow(),
            defaults.userCallsPerWindow());
    pageBudgets.clear();
    businessBudgets.clear();
    windows.clear();
  }
}
