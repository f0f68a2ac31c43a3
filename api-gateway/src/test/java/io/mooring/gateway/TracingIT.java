package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.gateway.testing.Downstreams;
import io.mooring.gateway.testing.HttpResponse;
import io.mooring.gateway.testing.StubService;
import io.mooring.platform.identity.Role;
import org.junit.jupiter.api.Test;

/** The client gets its trace id; the service gets the trace context (W3C traceparent). */
class TracingIT extends GatewayTestSupport {

  private StubService.Received lastPagesRequestOf(String tenant) {
    return Downstreams.pageWorker().receivedOn("/api/pages").stream()
        .filter(r -> r.caller() != null && r.caller().tenantId().equals(tenant))
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  @Test
  void theTraceIdIsReturnedAndPropagatedToTheService() throws Exception {
    String viewer = token("tenant-trace-new", "vic", Role.VIEWER);

    HttpResponse answer = get("/api/pages", viewer);

    String traceId = answer.header("X-Trace-Id");
    assertThat(traceId).matches("[0-9a-f]{32}");
    assertThat(lastPagesRequestOf("tenant-trace-new").header("traceparent"))
        .matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
  }

  @Test
  void aCallersTraceIsContinued() throws Exception {
    String viewer = token("tenant-trace-continued", "vic", Role.VIEWER);
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    HttpResponse answer =
        get("/api/pages", viewer, "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

    assertThat(answer.header("X-Trace-Id")).isEqualTo(traceId);
    assertThat(lastPagesRequestOf("tenant-trace-continued").header("traceparent"))
        .startsWith("00-" + traceId + "-")
        .doesNotContain("00f067aa0ba902b7");
  }

  @Test
  void problemsCarryTheTraceIdOfTheirResponse() throws Exception {
    HttpResponse refused = get("/api/pages", null);

    assertProblem(refused, 401);
    assertThat(refused.body().path("instance").asString()).isEqualTo("/api/pages");
  }
}
