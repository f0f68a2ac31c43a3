package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.gateway.testing.Downstreams;
import io.mooring.gateway.testing.HttpResponse;
import io.mooring.gateway.testing.StubService;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tenant comes from the access token only. Tenant B, sending every header that could claim
 * tenant A (even a genuine signed identity of A's), reaches only B's data on every route.
 */
class TenantIsolationIT extends GatewayTestSupport {
  private static final String VICTIM = "tenant-iso-a";

  /** Everything a client could send to pass for someone of tenant A. */
  private static String[] claimsOfTenantA() {
    String genuineIdentityOfA =
        Downstreams.identities()
            .mint(new Caller(VICTIM, "ana", "ana@a.example", Set.of(Role.ADMIN)));
    return new String[] {
      InternalIdentityTokens.HEADER,
      genuineIdentityOfA,
      "X-Tenant-Id",
      VICTIM,
      "X-User-Id",
      "ana",
      "X-Mooring-Tenant",
      VICTIM,
      "X-Forwarded-User",
      "ana"
    };
  }

  @Test
  void anotherTenantsBusinessManagerCannotBeReadListedOrSetUp() throws Exception {
    String ownerAdmin = token(VICTIM, "ana", Role.ADMIN);
    String businessManagerId = connectBusinessManager(ownerAdmin, 1);
    String intruder = token("tenant-iso-b", "eve", Role.ADMIN);
    String[] asA = claimsOfTenantA();

    HttpResponse read = get("/api/business-managers/" + businessManagerId, intruder, asA);
    HttpResponse list = get("/api/business-managers", intruder, asA);
    HttpResponse setUp =
        post("/api/business-managers/" + businessManagerId + "/system-user", intruder, null, asA);

    assertThat(read.status()).isEqualTo(404);
    assertThat(list.body().path("totalItems").asLong()).isZero();
    assertThat(setUp.status()).isEqualTo(404);
    HttpResponse owners = get("/api/business-managers/" + businessManagerId, ownerAdmin);
    assertThat(owners.status()).isEqualTo(200);
    assertThat(owners.body().path("systemUser").path("status").asString())
        .as("the intruder's setup changed nothing")
        .isEqualTo("NOT_SET_UP");
  }

  static Stream<Arguments> routesOfServicesNotBuiltYet() {
    String job = UUID.randomUUID().toString();
    return Stream.of(
        Arguments.of("GET", "/api/pages", "page-subscription-worker", "/api/pages"),
        Arguments.of(
            "GET",
            "/api/enablement-jobs/" + job,
            "page-subscription-worker",
            "/api/enablement-jobs/" + job),
        Arguments.of(
            "POST", "/api/enablement-jobs", "page-subscription-worker", "/api/enablement-jobs"),
        Arguments.of("GET", "/api/notifications", "notification-service", "/notifications"),
        Arguments.of(
            "POST",
            "/api/notifications/n-1/read",
            "notification-service",
            "/notifications/n-1/read"),
        Arguments.of(
            "GET",
            "/api/reports/jobs/" + job + ".xlsx",
            "notification-service",
            "/reports/jobs/" + job + ".xlsx"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("routesOfServicesNotBuiltYet")
  void theServiceSeesOnlyTheTokensTenantWhateverHeadersTheClientSent(
      String method, String path, String service, String servicePath) throws Exception {
    String tenant = "tenant-iso-b" + Math.abs(path.hashCode() % 1000);
    String intruder = token(tenant, "eve", Role.ADMIN);

    HttpResponse answer =
        method.equals("GET")
            ? get(path, intruder, claimsOfTenantA())
            : post(path, intruder, "{\"pageIds\":[\"123\"]}", claimsOfTenantA());

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    StubService stub =
        service.equals("notification-service")
            ? Downstreams.notifications()
            : Downstreams.pageWorker();
    List<StubService.Received> seen =
        stub.receivedOn(servicePath).stream()
            .filter(r -> r.caller() != null && r.caller().tenantId().equals(tenant))
            .toList();
    assertThat(seen).hasSize(1);
    StubService.Received received = seen.get(0);
    assertThat(received.caller().userId()).isEqualTo("eve");
    assertThat(received.header("X-Tenant-Id")).isNull();
    assertThat(received.header("X-User-Id")).isNull();
    assertThat(received.header("X-Mooring-Tenant")).isNull();
    assertThat(received.header("X-Forwarded-User")).isNull();
    assertThat(received.header("Authorization")).as("the user's token stays at the door").isNull();
    assertThat(stub.received())
        .noneMatch(r -> r.caller() != null && r.caller().tenantId().equals(VICTIM));
  }

  @Test
  void anIdentityHeaderSentToAPublicRouteIsDropped() throws Exception {
    String jobId = UUID.randomUUID().toString();

    get(
        "/report-links/jobs/" + jobId + ".xlsx?tenant=x&expires=1&signature=s",
        null,
        claimsOfTenantA());

    StubService.Received received =
        Downstreams.notifications().receivedOn("/report-links/jobs/" + jobId).get(0);
    assertThat(received.header(InternalIdentityTokens.HEADER)).isNull();
    assertThat(received.caller()).isNull();
  }
}
