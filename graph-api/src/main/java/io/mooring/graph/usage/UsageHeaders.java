package io.mooring.graph.usage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses Meta's usage headers. A malformed header is skipped (and logged at debug): usage is a
 * hint, it must never fail a call.
 */
public final class UsageHeaders {

  public static final String BUSINESS_USE_CASE = "X-Business-Use-Case-Usage";
  public static final String APP = "X-App-Usage";
  public static final String PAGE = "X-Page-Usage";

  private static final Logger log = LoggerFactory.getLogger(UsageHeaders.class);

  private final JsonMapper json;

  public UsageHeaders(JsonMapper json) {
    this.json = json;
  }

  /**
   * @param header looks a header up by name, case-insensitively
   */
  public GraphUsage parse(Function<String, Optional<String>> header) {
    return new GraphUsage(
        header.apply(APP).flatMap(value -> percentages(APP, value)),
        header.apply(BUSINESS_USE_CASE).map(this::businessUseCases).orElse(List.of()),
        header.apply(PAGE).flatMap(value -> percentages(PAGE, value)));
  }

  private Optional<UsagePercentages> percentages(String name, String value) {
    return readObject(name, value)
        .map(
            node ->
                new UsagePercentages(
                    node.path("call_count").asInt(0),
                    node.path("total_cputime").asInt(0),
                    node.path("total_time").asInt(0)));
  }

  private List<BusinessUseCaseUsage> businessUseCases(String value) {
    List<BusinessUseCaseUsage> entries = new ArrayList<>();
    readObject(BUSINESS_USE_CASE, value)
        .ifPresent(
            root -> {
              for (Map.Entry<String, JsonNode> object : root.properties()) {
                for (JsonNode entry : object.getValue().values()) {
                  entries.add(businessUseCase(object.getKey(), entry));
                }
              }
            });
    return entries;
  }

  private static BusinessUseCaseUsage businessUseCase(String objectId, JsonNode entry) {
    JsonNode tier = entry.path("ads_api_access_tier");
    return new BusinessUseCaseUsage(
        objectId,
        entry.path("type").asString(""),
        entry.path("call_count").asInt(0),
        entry.path("total_cputime").asInt(0),
        entry.path("total_time").asInt(0),
        Duration.ofMinutes(Math.max(0, entry.path("estimated_time_to_regain_access").asLong(0))),
        tier.isString() ? Optional.of(tier.stringValue()) : Optional.empty());
  }

  private Optional<JsonNode> readObject(String name, String value) {
    try {
      JsonNode node = json.readTree(value);
      if (node != null && node.isObject()) {
        return Optional.of(node);
      }
    } catch (JacksonException e) {
      // fall through: skipped below
    }
    log.debug("Ignoring malformed {} header", name);
    return Optional.empty();
  }
}
