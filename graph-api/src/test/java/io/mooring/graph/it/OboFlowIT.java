package io.mooring.graph.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.graph.GraphApiClient;
import io.mooring.graph.batch.BatchItem;
import io.mooring.graph.batch.BatchItemResult;
import io.mooring.graph.business.BusinessPage;
import io.mooring.graph.business.ManagedBusinessLink;
import io.mooring.graph.error.NotFoundException;
import io.mooring.graph.error.PermissionDeniedException;
import io.mooring.graph.error.TokenInvalidException;
import io.mooring.graph.error.TokenProblem;
import io.mooring.graph.me.Me;
import io.mooring.graph.metrics.GraphMetrics;
import io.mooring.graph.page.PageAccount;
import io.mooring.graph.page.PageInfo;
import io.mooring.graph.page.PageTask;
import io.mooring.graph.page.PageTaskAssignment;
import io.mooring.graph.page.SubscribedApp;
import io.mooring.graph.systemuser.AssignedPage;
import io.mooring.graph.systemuser.SystemUser;
import io.mooring.graph.systemuser.SystemUserRole;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.token.DebugTokenInfo;
import io.mooring.graph.token.TokenGrant;
import io.mooring.graph.token.TokenType;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.world.DemoWorld;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole On-Behalf-Of flow against the real simulator over HTTP. */
@ExtendWith(SharedSimulator.class)
class OboFlowIT {

  private static final List<String> USER_SCOPES =
      List.of("business_management", "pages_show_list", "pages_manage_metadata");
  private static final List<String> SYSTEM_USER_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement",
          "pages_manage_posts",
          "pages_messaging");

  private EmbeddedGraphSimulator sim;
  private SharedSimulator.Client client;
  private GraphApiClient graph;
  private DemoWorld.ClientBusiness customer;
  private AccessToken adminUserToken;
  private AccessToken partnerAdminToken;

  @BeforeEach
  void freshWorld() {
    sim = SharedSimulator.simulator;
    sim.admin().reset();
    client = SharedSimulator.client();
    graph = client.graph();
    customer = sim.world().clientBusinesses().get(0);
    adminUserToken =
        AccessToken.of(sim.issueUserToken(customer.adminPersonIds().get(0), USER_SCOPES));
    partnerAdminToken = AccessToken.of(sim.partnerAdminSystemUserToken());
  }

  @Test
  void onBehalfOfFlowGivesALeastPrivilegeSystemUserWithPageTokenAndWebhooks() {
    String partnerId = sim.partnerBusinessId();
    String pageId = sim.world().pagesOwnedBy(customer.id()).get(0);

    // Step 1: relationship, with the client admin's user token.
    ManagedBusinessLink link =
        graph.businesses().createManagedBusiness(adminUserToken, partnerId, customer.id());
    assertThat(link).isEqualTo(new ManagedBusinessLink(partnerId, customer.id()));

    // Step 2: client system user token, with the partner admin system user's token + proof.
    TokenGrant grant =
        graph
            .businesses()
            .createClientSystemUserToken(partnerAdminToken, customer.id(), SYSTEM_USER_SCOPES);
    AccessToken systemUserToken = grant.accessToken();

    // Step 3: its id; debug_token says SYSTEM_USER.
    Me me = graph.me().me(systemUserToken);
    DebugTokenInfo info = graph.tokens().debugToken(systemUserToken);
    assertThat(info.type()).isEqualTo(TokenType.SYSTEM_USER);
    assertThat(info.valid()).isTrue();
    assertThat(info.appId()).isEqualTo(sim.appId());
    assertThat(info.userId()).isEqualTo(me.id());
    assertThat(info.scopes()).containsAll(SYSTEM_USER_SCOPES);

    // The client business now lists an EMPLOYEE system user; the Page is among its owned pages.
    assertThat(graph.businesses().systemUsers(adminUserToken, customer.id()).data())
        .extracting(SystemUser::id, SystemUser::role)
        .contains(org.assertj.core.groups.Tuple.tuple(me.id(), SystemUserRole.EMPLOYEE));
    assertThat(graph.businesses().ownedPages(adminUserToken, customer.id()).data())
        .extracting(BusinessPage::id)
        .contains(pageId);

    // Step 4: least-privilege tasks, never MANAGE.
    assertThat(graph.pages().grantTasks(adminUserToken, pageId, me.id(), PageTask.LEAST_PRIVILEGE))
        .isTrue();
    List<AssignedPage> assigned =
        graph.systemUsers().assignedPages(systemUserToken, me.id()).data();
    assertThat(assigned).extracting(AssignedPage::id).contains(pageId);
    AssignedPage page = assigned.stream().filter(p -> p.id().equals(pageId)).findFirst().get();
    assertThat(page.tasks()).isEqualTo(PageTask.LEAST_PRIVILEGE).doesNotContain(PageTask.MANAGE);

    // Step 6: the Page token, from /me/accounts and from the Page node.
    PageAccount account =
        graph.me().accounts(systemUserToken).data().stream()
            .filter(p -> p.id().equals(pageId))
            .findFirst()
            .orElseThrow();
    assertThat(account.accessToken()).isPresent();
    assertThat(account.tasks()).doesNotContain(PageTask.MANAGE);
    PageInfo pageInfo = graph.pages().read(systemUserToken, pageId);
    assertThat(pageInfo.business()).map(b -> b.id()).hasValue(customer.id());
    AccessToken pageToken = pageInfo.accessToken().orElseThrow();

    // The admin's own Page token (MANAGE) can list who is assigned.
    AccessToken adminPageToken =
        graph.pages().read(adminUserToken, pageId).accessToken().orElseThrow();
    assertThat(graph.pages().assignedUsers(adminPageToken, pageId).data())
        .extracting(PageTaskAssignment::userId, PageTaskAssignment::tasks)
        .contains(org.assertj.core.groups.Tuple.tuple(me.id(), PageTask.LEAST_PRIVILEGE));

    // Webhooks: subscribe with the Page token (messages needs MESSAGING), list, unsubscribe.
    assertThat(graph.pages().subscribeApp(pageToken, pageId, List.of("feed", "messages"))).isTrue();
    assertThat(graph.pages().subscribedApps(pageToken, pageId))
        .extracting(SubscribedApp::id, SubscribedApp::subscribedFields)
        .contains(org.assertj.core.groups.Tuple.tuple(sim.appId(), List.of("feed", "messages")));
    assertThat(graph.pages().unsubscribeApp(pageToken, pageId)).isTrue();
    assertThat(graph.pages().subscribedApps(pageToken, pageId))
        .extracting(SubscribedApp::id)
        .doesNotContain(sim.appId());

    // A batch with the system user token: two reads and an unknown Page.
    List<BatchItemResult> batch =
        graph
            .batch()
            .execute(
                systemUserToken,
                List.of(
                    BatchItem.get("me", Map.of("fields", "id,name")),
                    BatchItem.get(pageId, Map.of("fields", "name")),
                    BatchItem.get(sim.world().nonExistentPageId(), Map.of("fields", "name"))));
    assertThat(batch.get(0))
        .isInstanceOfSatisfying(
            BatchItemResult.Success.class,
            ok -> assertThat(ok.body().get("id").stringValue()).isEqualTo(me.id()));
    assertThat(batch.get(1)).isInstanceOf(BatchItemResult.Success.class);
    assertThat(((BatchItemResult.Failure) batch.get(2)).error())
        .isInstanceOf(NotFoundException.class);

    // Revoking the tasks makes the Page token fail with 190/492.
    assertThat(graph.pages().revokeTasks(adminUserToken, pageId, me.id())).isTrue();
    assertThatThrownBy(() -> graph.pages().subscribedApps(pageToken, pageId))
        .isInstanceOfSatisfying(
            TokenInvalidException.class,
            e -> assertThat(e.problem()).isEqualTo(TokenProblem.INVALID_SESSION_NO_PAGE_ROLE));

    // Removing OBO.
    assertThat(graph.businesses().deleteManagedBusiness(adminUserToken, partnerId, customer.id()))
        .isTrue();

    assertThat(
            client
                .registry()
                .get(GraphMetrics.REQUESTS)
                .tag("operation", "business.access_token")
                .tag("outcome", "success")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void anEmployeeSystemUserCannotGrantTasks() {
    String pageId = sim.world().pagesOwnedBy(customer.id()).get(0);
    graph
        .businesses()
        .createManagedBusiness(adminUserToken, sim.partnerBusinessId(), customer.id());
    AccessToken systemUserToken =
        graph
            .businesses()
            .createClientSystemUserToken(partnerAdminToken, customer.id(), SYSTEM_USER_SCOPES)
            .accessToken();
    String systemUserId = graph.me().me(systemUserToken).id();

    assertThatThrownBy(
            () ->
                graph
                    .pages()
                    .grantTasks(systemUserToken, pageId, systemUserId, PageTask.LEAST_PRIVILEGE))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void partnerSystemUserLifecycle() {
    String partnerId = sim.partnerBusinessId();
    SystemUser created =
        graph
            .businesses()
            .createSystemUser(
                partnerAdminToken, partnerId, "Mooring worker", SystemUserRole.EMPLOYEE);
    assertThat(graph.businesses().systemUsers(partnerAdminToken, partnerId).data())
        .extracting(SystemUser::id)
        .contains(created.id());

    assertThat(graph.systemUsers().installApp(partnerAdminToken, created.id())).isTrue();
    TokenGrant grant =
        graph
            .systemUsers()
            .createAccessToken(
                partnerAdminToken, created.id(), List.of("business_management"), true);
    DebugTokenInfo info = graph.tokens().debugToken(grant.accessToken());
    assertThat(info.type()).isEqualTo(TokenType.SYSTEM_USER);
    assertThat(info.expiresAt()).as("60-day token").isPresent();

    assertThat(graph.systemUsers().revokeAccessTokens(partnerAdminToken, created.id())).isTrue();
    assertThatThrownBy(() -> graph.me().me(grant.accessToken()))
        .isInstanceOf(TokenInvalidException.class);
    assertThat(graph.tokens().debugToken(grant.accessToken()).valid()).isFalse();
  }

  @Test
  void loginCodeExchangeAndRefresh() {
    String personId = customer.adminPersonIds().get(0);
    String redirect = "https://mooring.example/connect/callback";
    String code = sim.issueLoginCode(personId, USER_SCOPES, redirect);

    TokenGrant grant = graph.tokens().exchangeCode(code, redirect);
    assertThat(graph.me().me(grant.accessToken()).id()).isEqualTo(personId);
    assertThat(graph.me().businesses(grant.accessToken()).data())
        .extracting(b -> b.id())
        .contains(customer.id());

    // Zero-downtime rotation: refresh, switch to the new token, revoke the old one.
    TokenGrant refreshed = graph.tokens().refresh(grant.accessToken(), true);
    assertThat(graph.tokens().debugToken(refreshed.accessToken()).type()).isEqualTo(TokenType.USER);
    assertThat(graph.tokens().revoke(grant.accessToken())).isTrue();
    assertThatThrownBy(() -> graph.me().me(grant.accessToken()))
        .isInstanceOfSatisfying(
            TokenInvalidException.class,
            e -> assertThat(e.problem()).isEqualTo(TokenProblem.INVALID_TOKEN));
    assertThat(graph.me().me(refreshed.accessToken()).id()).isEqualTo(personId);

    // A login code is single-use.
    assertThatThrownBy(() -> graph.tokens().exchangeCode(code, redirect))
        .isInstanceOf(io.mooring.graph.error.GraphApiException.class);
  }
}
