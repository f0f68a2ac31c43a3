package io.mooring.gateway.input;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The ids in Mooring's paths have known shapes (Meta ids are digits, job ids UUIDs); a path with
 * anything else is refused at the door, so no service ever looks up a malformed or hostile id.
 */
final class PathRules {
  private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]{1,128}");
  private static final Pattern META_ID = Pattern.compile("[0-9]{1,20}");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern UUID_XLSX = Pattern.compile(UUID.pattern() + "\\.xlsx");
  private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** A path variable's rule; {@code literals} are fixed path words that sit in the same place. */
  private record Rule(PathPattern pattern, String variable, Pattern shape, Set<String> literals) {}

  private static final List<Rule> RULES =
      List.of(
          rule("/api/business-managers/{id}/**", "id", META_ID, "connections"),
          rule(
              "/api/business-managers/connections/{attemptId}/**",
              "attemptId",
              TOKEN_ID,
              "callback"),
          rule("/api/enablement-jobs/{jobId}/**", "jobId", UUID),
          rule("/api/pages/{pageId}/**", "pageId", META_ID),
          rule("/api/notifications/{id}/**", "id", TOKEN_ID, "read-all", "stream"),
          rule("/api/reports/jobs/{file}", "file", UUID_XLSX),
          rule("/report-links/jobs/{file}", "file", UUID_XLSX));

  private PathRules() {}

  private static Rule rule(String pattern, String variable, Pattern shape, String... literals) {
    return new Rule(
        PathPatternParser.defaultInstance.parse(pattern), variable, shape, Set.of(literals));
  }

  /** Throws the 400 problem naming the first malformed segment or id. */
  static void check(String rawPath) throws InvalidRequest {
    for (String segment : rawPath.substring(1).split("/", -1)) {
      if (!SAFE_SEGMENT.matcher(segment).matches()) {
        throw InvalidRequest.of(
            HttpStatus.BAD_REQUEST,
            "invalid-path",
            "Invalid path",
            "Path segments are letters, digits, '.', '_', '~' or '-' (1 to 128 of them).");
      }
    }
    PathContainer path = PathContainer.parsePath(rawPath);
    for (Rule rule : RULES) {
      PathPattern.PathMatchInfo match = rule.pattern().matchAndExtract(path);
      if (match == null) {
        continue;
      }
      Map<String, String> variables = match.getUriVariables();
      String value = variables.get(rule.variable());
      if (!rule.literals().contains(value) && !rule.shape().matcher(value).matches()) {
        throw InvalidRequest.of(
            HttpStatus.BAD_REQUEST,
            "invalid-id",
            "Invalid id",
            "'" + abbreviate(value) + "' is not a valid " + rule.variable() + ".");
      }
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
