package io.mooring.graph.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mooring.graph.GraphApiClient;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.error.PermissionDeniedException;
import io.mooring.graph.error.PolicyBlockedException;
import io.mooring.graph.error.ThrottledException;
import io.mooring.graph.error.TokenInvalidException;
import io.mooring.graph.error.TokenProblem;
import io.mooring.graph.error.TransientException;
import io.mooring.graph.error.TransientKind;
import io.mooring.graph.metrics.GraphMetrics;
import io.mooring.graph.page.PageTask;
import io.mooring.graph.token.AccessToken;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.world.DemoWorld;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Faults injected into (or provoked in) the real simulator land in the right exception type. */
@ExtendWith(SharedSimulator.class)
class FaultClassificationIT {

  private static final List<String> USER_SCOPES =
      List.of("business_management", "pages_show_list", "pages_manage_metadata");
  private static final List<String> SYSTEM_USER_SCOPES =
      List.of("business_management", "pages_show_list", "pages_manage_metadata", "pages_messaging");

  private EmbeddedGraphSimulator sim;
  private SharedSimulator.Client client;
  private GraphApiClient graph;
  private DemoWorld.ClientBusiness customer;
  private String adminPersonId;
  private AccessToken adminUserToken;

  @BeforeEach
  void freshWorld() {
    sim = SharedSimulator.simulator;
    sim.admin().reset();
    client = SharedSimulator.client();
    graph = client.graph();
    customer = sim.world().clientBusinesses().get(0);
    adminPersonId = customer.adminPersonIds().get(0);
    adminUserToken = AccessToken.of(sim.issueUserToken(adminPersonId, USER_SCOPES));
  }

  @Test
  void injectedPageThrottleCarriesRetryAfterFromTheUsageHeader() {
    String pageId = sim.world().pagesOwnedBy(customer.id()).get(0);
    sim.admin().injectError("page.read", 80001);

    ThrottledException throttled =
        fail(ThrottledException.class, () -> graph.pages().read(adminUserToken, pageId));

    assertThat(throttled.code()).hasValue(80001);
    assertThat(throttled.operation()).isEqualTo("page.read");
    assertThat(throttled.fbtraceId()).isPresent();
    // The simulator sends estimated_time_to_regain_access = 1 (minute) for the Page.
    assertThat(throttled.usage().businessUseCasesOf(pageId)).isNotEmpty();
    assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(1));
    assertThat(throttled.usage().maxUsagePercent()).isEqualTo(100);
    assertThat(client.usage().maxUsagePercent()).isEqualTo(100);
    assertOutcome("page.read", "throttled");
  }

  @Test
  void throttleWithoutAnEstimateUsesTheConfiguredDefault() {
    sim.admin().injectError("me", 80001);

    ThrottledException throttled =
        fail(ThrottledException.class, () -> graph.me().me(adminUserToken));

    // /me touches no Page or business: no X-Business-Use-Case-Usage, so no estimate.
    assertThat(throttled.usage().businessUseCases()).isEmpty();
    assertThat(throttled.retryAfter()).isEqualTo(graph.config().defaultThrottleRetryAfter());
  }

  @Test
  void appAndCustomRateLimitsAreThrottles() {
    for (int code : new int[] {4, 17, 32, 613}) {
      sim.admin().clearErrors();
      sim.admin().injectError("me.businesses", code);
      ThrottledException throttled =
          fail(ThrottledException.class, () -> graph.me().businesses(adminUserToken));
      assertThat(throttled.code()).hasValue(code);
    }
  }

  @Test
  void injectedServiceErrorsAreTransient() {
    for (int code : new int[] {1, 2}) {
      sim.admin().clearErrors();
      sim.admin().injectError("me", code);
      TransientException failure =
          fail(TransientException.class, () -> graph.me().me(adminUserToken));
      assertThat(failure.kind()).isEqualTo(TransientKind.META_ERROR);
      assertThat(failure.code()).hasValue(code);
    }
    assertOutcome("me", "transient");
  }

  @Test
  void injectedLatencyBeyondTheReadTimeoutIsATransientTimeout() {
    sim.admin().setLatency("me", SharedSimulator.READ_TIMEOUT.toMillis() + 1500, 0);

    TransientException failure =
        fail(TransientException.class, () -> graph.me().me(adminUserToken));

    assertThat(failure.kind()).isEqualTo(TransientKind.TIMEOUT);
    assertThat(failure.httpStatus()).isZero();
    sim.admin().setLatency("me", 0, 0);
  }

  @Test
  void injectedAndRealPasswordChangeIsTokenInvalid460() {
    sim.admin().injectError("me", 190, 460);
    TokenInvalidException injected =
        fail(TokenInvalidException.class, () -> graph.me().me(adminUserToken));
    assertThat(injected.problem()).isEqualTo(TokenProblem.PASSWORD_CHANGED);
    assertThat(injected.subcode()).hasValue(460);
    sim.admin().clearErrors();

    sim.admin().changePassword(adminPersonId);
    TokenInvalidException real =
        fail(TokenInvalidException.class, () -> graph.me().businesses(adminUserToken));
    assertThat(real.problem()).isEqualTo(TokenProblem.PASSWORD_CHANGED);
    assertOutcome("me.businesses", "token_invalid");
  }

  @Test
  void injectedAndRealRoleRemovalIsTokenInvalid492() {
    String pageId = sim.world().pagesOwnedBy(customer.id()).get(0);
    AssignedSystemUser assigned = systemUserAssignedTo(pageId);
    AccessToken systemUserToken = assigned.token();
    String systemUserId = assigned.id();
    AccessToken pageToken = graph.pages().read(systemUserToken, pageId).accessToken().orElseThrow();

    sim.admin().injectError("subscribed_apps.list", 190, 492);
    TokenInvalidException injected =
        fail(TokenInvalidException.class, () -> graph.pages().subscribedApps(pageToken, pageId));
    assertThat(injected.problem()).isEqualTo(TokenProblem.INVALID_SESSION_NO_PAGE_ROLE);
    sim.admin().clearErrors();

    sim.admin().removeSystemUserFromPage(systemUserId, pageId);
    TokenInvalidException real =
        fail(
            TokenInvalidException.class,
            () -> graph.pages().subscribeApp(pageToken, pageId, List.of("feed")));
    assertThat(real.problem()).isEqualTo(TokenProblem.INVALID_SESSION_NO_PAGE_ROLE);
  }

  @Test
  void injectedAndRealPermissionDenied() {
    sim.admin().injectError("owned_pages", 200);
    PermissionDeniedException injected =
        fail(
            PermissionDeniedException.class,
            () -> graph.businesses().ownedPages(adminUserToken, customer.id()));
    assertThat(injected.code()).hasValue(200);
    assertThat(injected.isRetryable()).isFalse();
    sim.admin().clearErrors();

    // A token without business_management cannot create the OBO relationship.
    AccessToken weakToken =
        AccessToken.of(sim.issueUserToken(adminPersonId, List.of("pages_show_list")));
    fail(
        PermissionDeniedException.class,
        () ->
            graph
                .businesses()
                .createManagedBusiness(weakToken, sim.partnerBusinessId(), customer.id()));
    assertOutcome("managed_businesses.create", "permission_denied");
  }

  @Test
  void policyBlockWaitsLong() {
    sim.admin().injectError("me", 368);

    PolicyBlockedException blocked =
        fail(PolicyBlockedException.class, () -> graph.me().me(adminUserToken));

    assertThat(blocked.retryAfter()).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void exhaustedPageBudgetThrottlesWithMetasEstimate() {
    String pageId = sim.world().pagesOwnedBy(customer.id()).get(0);
    AccessToken systemUserToken = systemUserAssignedTo(pageId).token();
    sim.admin().setPageBudget(pageId, 3);

    ThrottledException throttled = null;
    for (int call = 0; call < 10 && throttled == null; call++) {
      try {
        graph.pages().read(systemUserToken, pageId);
      } catch (ThrottledException e) {
        throttled = e;
      }
    }

    assertThat(throttled).as("throttled within 10 calls on a budget of 3").isNotNull();
    assertThat(throttled.retryAfter()).isPositive();
    assertThat(throttled.usage().businessUseCasesOf(pageId)).isNotEmpty();
    assertThat(client.usage().latestFor(pageId, "pages")).isPresent();
  }

  private <T extends GraphApiException> T fail(Class<T> type, Runnable call) {
    T failure = catchThrowableOfType(type, call::run);
    assertThat(failure).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(failure.getMessage()).doesNotContain(adminUserToken.value(), sim.appSecret());
    return failure;
  }

  private void assertOutcome(String operation, String outcome) {
    assertThat(
            client
                .registry()
                .get(GraphMetrics.REQUESTS)
                .tag("operation", operation)
                .tag("outcome", outcome)
                .timer()
                .count())
        .isPositive();
  }

  private record AssignedSystemUser(String id, AccessToken token) {}

  /** OBO steps 1-2 for the customer, then least-privilege tasks on the page. */
  private AssignedSystemUser systemUserAssignedTo(String pageId) {
    graph
        .businesses()
        .createManagedBusiness(adminUserToken, sim.partnerBusinessId(), customer.id());
    AccessToken systemUserToken =
        graph
            .businesses()
            .createClientSystemUserToken(
                AccessToken.of(sim.partnerAdminSystemUserToken()),
                customer.id(),
                SYSTEM_USER_SCOPES)
            .accessToken();
    String systemUserId = graph.me().me(systemUserToken).id();
    graph.pages().grantTasks(adminUserToken, pageId, systemUserId, PageTask.LEAST_PRIVILEGE);
    return new AssignedSystemUser(systemUserId, systemUserToken);
  }
}
