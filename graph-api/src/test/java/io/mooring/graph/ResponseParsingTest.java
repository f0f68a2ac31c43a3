package io.mooring.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mooring.graph.business.Business;
import io.mooring.graph.page.PageAccount;
import io.mooring.graph.page.PageInfo;
import io.mooring.graph.page.PageTask;
import io.mooring.graph.page.PageTaskAssignment;
import io.mooring.graph.support.CannedGraphServer;
import io.mooring.graph.support.CannedGraphServer.Canned;
import io.mooring.graph.support.TestClients;
import io.mooring.graph.systemuser.AssignedPage;
import io.mooring.graph.systemuser.SystemUser;
import io.mooring.graph.systemuser.SystemUserRole;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.token.DebugTokenInfo;
import io.mooring.graph.token.TokenGrant;
import io.mooring.graph.token.TokenType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meta's documented response shapes become the typed records. */
class ResponseParsingTest {

  private static final AccessToken TOKEN = AccessToken.of("EAAparsingTestToken0123456789");
  private static CannedGraphServer server;
  private GraphApiClient client;

  @BeforeAll
  static void start() {
    server = CannedGraphServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
    client = TestClients.client(server.baseUrl(), new SimpleMeterRegistry());
  }

  @Test
  void debugTokenOfASystemUserToken() {
    server.answer(
        Canned.json(
            200,
            """
            {"data":{"app_id":"1234567890","type":"SYSTEM_USER","application":"Mooring",
             "data_access_expires_at":0,"expires_at":0,"issued_at":1767225600,"is_valid":true,
             "scopes":["business_management","pages_show_list"],
             "granular_scopes":[{"scope":"pages_show_list","target_ids":["321","322"]},
                                {"scope":"business_management"}],
             "user_id":"55"}}
            """));

    DebugTokenInfo info = client.tokens().debugToken(TOKEN);

    assertThat(info.type()).isEqualTo(TokenType.SYSTEM_USER);
    assertThat(info.valid()).isTrue();
    assertThat(info.neverExpires()).isTrue();
    assertThat(info.issuedAt()).hasValue(Instant.ofEpochSecond(1767225600));
    assertThat(info.userId()).isEqualTo("55");
    assertThat(info.scopes()).containsExactly("business_management", "pages_show_list");
    assertThat(info.granularScopes()).hasSize(2);
    assertThat(info.granularScopes().get(0).targetIds()).containsExactly("321", "322");
    assertThat(info.granularScopes().get(1).targetIds()).isEmpty();
    assertThat(info.error()).isEmpty();
  }

  @Test
  void debugTokenOfAnInvalidToken() {
    server.answer(
        Canned.json(
            200,
            """
            {"data":{"app_id":"1234567890","type":"USER","is_valid":false,"expires_at":1767225600,
             "error":{"code":190,"subcode":460,"message":"The session has been invalidated"},
             "scopes":[]}}
            """));

    DebugTokenInfo info = client.tokens().debugToken(TOKEN);

    assertThat(info.valid()).isFalse();
    assertThat(info.expiresAt()).hasValue(Instant.ofEpochSecond(1767225600));
    assertThat(info.error())
        .hasValue(new DebugTokenInfo.TokenDebugError(190, 460, "The session has been invalidated"));
  }

  @Test
  void accountsCarryPageTokensTasksAndCursors() {
    server.answer(
        Canned.json(
            200,
            """
            {"data":[{"access_token":"EAApageToken0123456789","category":"Harbour","name":"Quay",
                      "id":"321","tasks":["ANALYZE","MODERATE","CREATE_CONTENT","PROFILE_PLUS_X"]}],
             "paging":{"cursors":{"before":"QVFIb","after":"QVFIc"},
                       "next":"https://graph.facebook.com/v26.0/me/accounts?after=QVFIc"}}
            """));

    Paged<PageAccount> accounts = client.me().accounts(TOKEN);

    assertThat(accounts.data())
        .containsExactly(
            new PageAccount(
                "321",
                "Quay",
                "Harbour",
                Optional.of(AccessToken.of("EAApageToken0123456789")),
                Set.of(PageTask.ANALYZE, PageTask.MODERATE, PageTask.CREATE_CONTENT)));
    assertThat(accounts.after()).hasValue("QVFIc");
    assertThat(accounts.before()).hasValue("QVFIb");
    assertThat(accounts.hasNext()).isTrue();
  }

  @Test
  void lastPageHasNoNext() {
    server.answer(Canned.json(200, "{\"data\":[{\"id\":\"9\",\"name\":\"B\"}]}"));

    Paged<Business> businesses = client.me().businesses(TOKEN);

    assertThat(businesses.data()).containsExactly(new Business("9", "B"));
    assertThat(businesses.hasNext()).isFalse();
    assertThat(businesses.after()).isEmpty();
  }

  @Test
  void pageReadWithAndWithoutBusiness() {
    server.answer(
        Canned.json(
            200,
            "{\"id\":\"321\",\"name\":\"Quay\",\"business\":{\"id\":\"700\",\"name\":\"Client\"},"
                + "\"access_token\":\"EAApageToken0123456789\"}"));
    assertThat(client.pages().read(TOKEN, "321"))
        .isEqualTo(
            new PageInfo(
                "321",
                "Quay",
                Optional.of(new Business("700", "Client")),
                Optional.of(AccessToken.of("EAApageToken0123456789"))));

    server.answer(Canned.json(200, "{\"id\":\"322\",\"name\":\"Orphan\"}"));
    PageInfo orphan = client.pages().read(TOKEN, "322");
    assertThat(orphan.business()).isEmpty();
    assertThat(orphan.accessToken()).isEmpty();
  }

  @Test
  void systemUsersAssignmentsAndAssignedPages() {
    server.answer(
        Canned.json(
            200,
            "{\"data\":[{\"id\":\"55\",\"name\":\"Mooring SU\",\"role\":\"EMPLOYEE\"},"
                + "{\"id\":\"56\",\"name\":\"Admin SU\",\"role\":\"ADMIN\"}]}"));
    assertThat(client.businesses().systemUsers(TOKEN, "700").data())
        .containsExactly(
            new SystemUser("55", "Mooring SU", SystemUserRole.EMPLOYEE),
            new SystemUser("56", "Admin SU", SystemUserRole.ADMIN));

    server.answer(
        Canned.json(
            200,
            "{\"data\":[{\"id\":\"55\",\"name\":\"Mooring SU\",\"tasks\":[\"MODERATE\",\"ANALYZE\"]}]}"));
    assertThat(client.pages().assignedUsers(TOKEN, "321").data())
        .containsExactly(
            new PageTaskAssignment(
                "55", "Mooring SU", Set.of(PageTask.MODERATE, PageTask.ANALYZE)));

    server.answer(
        Canned.json(
            200,
            "{\"data\":[{\"id\":\"321\",\"name\":\"Quay\",\"tasks\":[\"ANALYZE\"],"
                + "\"permitted_tasks\":[\"ANALYZE\",\"MODERATE\"]}]}"));
    assertThat(client.systemUsers().assignedPages(TOKEN, "55").data())
        .containsExactly(
            new AssignedPage(
                "321",
                "Quay",
                Set.of(PageTask.ANALYZE),
                Set.of(PageTask.ANALYZE, PageTask.MODERATE)));
  }

  @Test
  void tokenGrantWithExpiry() {
    server.answer(
        Canned.json(
            200,
            "{\"access_token\":\"EAArefreshed0123456789\",\"token_type\":\"bearer\",\"expires_in\":5183944}"));

    TokenGrant grant = client.tokens().refresh(TOKEN, true);

    assertThat(grant.accessToken().value()).isEqualTo("EAArefreshed0123456789");
    assertThat(grant.tokenType()).hasValue("bearer");
    assertThat(grant.expiresIn()).hasValue(Duration.ofSeconds(5183944));
  }

  @Test
  void successFlagsInEveryShapeMetaUses() {
    server.answer(Canned.json(200, "{\"success\":\"true\"}"));
    assertThat(client.pages().subscribeApp(TOKEN, "321", List.of("feed"))).isTrue();
    server.answer(Canned.json(200, "true"));
    assertThat(client.pages().unsubscribeApp(TOKEN, "321")).isTrue();
    server.answer(Canned.json(200, "{\"success\":false}"));
    assertThat(client.pages().revokeTasks(TOKEN, "321", "55")).isFalse();
  }

  @Test
  void grantingTasksHasNoDefault() {
    assertThatThrownBy(() -> client.pages().grantTasks(TOKEN, "321", "55", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no default");
    assertThat(server.requests()).isEmpty();
    assertThat(PageTask.LEAST_PRIVILEGE)
        .containsExactlyInAnyOrder(
            PageTask.CREATE_CONTENT, PageTask.MODERATE, PageTask.MESSAGING, PageTask.ANALYZE)
        .doesNotContain(PageTask.MANAGE);
  }
}
