package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.gateway.testing.Downstreams;
import io.mooring.gateway.testing.HttpResponse;
import io.mooring.platform.identity.Role;
import org.junit.jupiter.api.Test;

/** A tenant over its rate gets 429 with Retry-After; other tenants are not slowed down. */
class RateLimitIT extends GatewayTestSupport {

  @Test
  void aTenantOverItsRateIsRefusedWithRetryAfterAndOthersAreNot() throws Exception {
    String busy = token("tenant-rate-busy", "bob", Role.VIEWER);
    String calm = token("tenant-rate-calm", "cat", Role.VIEWER);

    for (int i = 0; i < RATE_LIMIT; i++) {
      HttpResponse allowed = get("/api/pages", busy);
      assertThat(allowed.status()).as("request %d", i + 1).isEqualTo(200);
    }
    HttpResponse refused = get("/api/pages", busy);
    HttpResponse other = get("/api/pages", calm);

    assertProblem(refused, 429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 90L);
    assertThat(refused.body().path("retryAfterSeconds").asLong())
        .isEqualTo(Long.parseLong(refused.header("Retry-After")));
    assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(other.status()).isEqualTo(200);
    assertThat(
            Downstreams.pageWorker().received().stream()
                .filter(
                    r -> r.caller() != null && r.caller().tenantId().equals("tenant-rate-busy")))
        .hasSize(RATE_LIMIT);
  }
}
