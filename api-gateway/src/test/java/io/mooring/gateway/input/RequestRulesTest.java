package io.mooring.gateway.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class RequestRulesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String JOB = UUID.randomUUID().toString();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/business-managers",
        "/api/business-managers/1234567890",
        "/api/business-managers/connections",
        "/api/business-managers/connections/callback",
        "/api/business-managers/connections/att-1/choice",
        "/api/pages",
        "/api/notifications/read-all",
        "/api/notifications/abc_123/read"
      })
  void wellFormedPathsPass(String path) {
    assertThatCode(() -> PathRules.check(path)).doesNotThrowAnyException();
    assertThatCode(() -> PathRules.check("/api/enablement-jobs/" + JOB + "/pages"))
        .doesNotThrowAnyException();
    assertThatCode(() -> PathRules.check("/api/reports/jobs/" + JOB + ".xlsx"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/business-managers/12a",
        "/api/business-managers/123456789012345678901",
        "/api/enablement-jobs/123",
        "/api/pages/x",
        "/api/pages/%2e%2e",
        "/api/notifications/a%20b/read",
        "/api/reports/jobs/x.xlsx",
        "/report-links/jobs/x.pdf"
      })
  void malformedIdsAndSegmentsAreRefused(String path) {
    InvalidRequest refused =
        catchThrowableOfType(InvalidRequest.class, () -> PathRules.check(path));

    assertThat(refused).isNotNull();
    assertThat(refused.problem().getStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{}",
        "{\"pageIds\":\"1\"}",
        "{\"pageIds\":[]}",
        "{\"pageIds\":[1]}",
        "{\"pageIds\":[\"\"]}",
        "{\"pageIds\":[\"1\"],\"dryRun\":\"yes\"}"
      })
  void malformedJobsAreRefused(String body) {
    InvalidRequest refused =
        catchThrowableOfType(
            InvalidRequest.class, () -> JobRequestRules.check(JSON.readTree(body)));

    assertThat(refused).isNotNull();
    assertThat(refused.problem().getStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"pageIds\":[\"1\",\"22\"]}", "{\"pageIds\":[\"1\"],\"dryRun\":true}"})
  void wellFormedJobsPass(String body) {
    assertThatCode(() -> JobRequestRules.check(JSON.readTree(body))).doesNotThrowAnyException();
  }
}
