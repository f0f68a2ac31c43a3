package io.mooring.gateway.input;

import io.mooring.contracts.enablement.PageIds;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/enablement-jobs}: {@code {"pageIds": [...], "dryRun": false}} with 1
 * to {@value PageIds#MAX_PER_JOB} numeric page ids. Checked at the door, so an oversized or
 * malformed job never reaches the worker.
 */
final class JobRequestRules {
  private static final int MALFORMED_SHOWN = 20;

  private JobRequestRules() {}

  static void check(JsonNode body) throws InvalidRequest {
    if (!body.isObject()) {
      throw invalid("The body must be a JSON object with pageIds.");
    }
    JsonNode pageIds = body.path("pageIds");
    if (!pageIds.isArray()) {
      throw invalid("pageIds must be an array of page ids.");
    }
    if (pageIds.size() > PageIds.MAX_PER_JOB) {
      ProblemDetail problem =
          io.mooring.gateway.problems.GatewayProblems.problem(
              HttpStatus.CONTENT_TOO_LARGE,
              "job-too-large",
              "Too many pages for one job",
              "A job takes at most "
                  + PageIds.MAX_PER_JOB
                  + " page ids, got "
                  + pageIds.size()
                  + "; split it into several jobs.");
      problem.setProperty("maxPageIds", PageIds.MAX_PER_JOB);
      throw new InvalidRequest(problem);
    }
    if (pageIds.isEmpty()) {
      throw invalid("A job needs at least one page id.");
    }
    List<String> malformed = new ArrayList<>();
    for (JsonNode pageId : pageIds) {
      if (!pageId.isString() || !PageIds.isValid(pageId.asString())) {
        if (malformed.size() < MALFORMED_SHOWN) {
          malformed.add(pageId.toString());
        }
      }
    }
    if (!malformed.isEmpty()) {
      InvalidRequest invalid = invalid("Page ids are strings of 1 to 20 digits.");
      invalid.problem().setProperty("malformedPageIds", malformed);
      throw invalid;
    }
    JsonNode dryRun = body.path("dryRun");
    if (!dryRun.isMissingNode() && !dryRun.isBoolean() && !dryRun.isNull()) {
      throw invalid("dryRun must be true or false.");
    }
  }

  private static InvalidRequest invalid(String detail) {
    return InvalidRequest.of(HttpStatus.BAD_REQUEST, "invalid-job", "Invalid job", detail);
  }
}
