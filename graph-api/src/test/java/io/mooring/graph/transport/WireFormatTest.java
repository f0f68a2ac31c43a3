package io.mooring.graph.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.batch.BatchItem;
import io.mooring.graph.metrics.GraphMetrics;
import io.mooring.graph.page.PageTask;
import io.mooring.graph.support.CannedGraphServer;
import io.mooring.graph.support.CannedGraphServer.Canned;
import io.mooring.graph.support.CannedGraphServer.RecordedRequest;
import io.mooring.graph.support.TestClients;
import io.mooring.graph.systemuser.SystemUserRole;
import io.mooring.graph.token.AccessToken;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation: method, path, parameters, {@code access_token} + {@code appsecret_proof} on
 * every call, form bodies for POST/DELETE, and the operation name on the metric.
 */
class WireFormatTest {

  private static final AccessToken TOKEN = AccessToken.of("EAAwireFormatToken0123456789");
  private static final String APP_TOKEN = TestClients.APP_ID + "|" + TestClients.APP_SECRET;
  private static final String LIST = "{\"data\":[],\"paging\":{\"cursors\":{}}}";
  private static final String OK = "{\"success\":true}";
  private static final String GRANT = "{\"access_token\":\"EAAgrantedToken0123456789\"}";

  /** The simulator's fault-injection operation names: the metric must use exactly these. */
  private static final Set<String> SIMULATOR_OPERATIONS =
      Set.of(
          "debug_token",
          "me",
          "me.businesses",
          "me.accounts",
          "managed_businesses.create",
          "managed_businesses.delete",
          "business.access_token",
          "system_users.list",
          "system_users.create",
          "owned_pages",
          "client_pages",
          "system_user.applications",
          "system_user.access_tokens.create",
          "system_user.access_tokens.delete",
          "system_user.assigned_pages",
          "page.read",
          "assigned_users.create",
          "assigned_users.list",
          "assigned_users.delete",
          "subscribed_apps.create",
          "subscribed_apps.list",
          "subscribed_apps.delete",
          "oauth.access_token",
          "oauth.revoke",
          "batch");

  private static CannedGraphServer server;

  @BeforeAll
  static void start() {
    server = CannedGraphServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void sendsWhatMetaExpects(Op op) {
    server.reset();
    server.answer(Canned.json(200, op.answer()));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    GraphApiClient client = TestClients.client(server.baseUrl(), registry);

    op.call().accept(client);

    RecordedRequest sent = server.lastRequest();
    assertThat(sent.method()).isEqualTo(op.method());
    assertThat(sent.path()).isEqualTo(op.path());
    Map<String, String> params = sent.params();
    assertThat(params).containsAllEntriesOf(op.params());
    String token = params.get("access_token");
    assertThat(token).isEqualTo(op.appToken() ? APP_TOKEN : TOKEN.value());
    assertThat(params.get("appsecret_proof"))
        .isEqualTo(AppSecretProof.of(TestClients.APP_SECRET, token));
    if (op.method().equals("GET")) {
      assertThat(sent.body()).isEmpty();
    } else {
      assertThat(sent.rawQuery()).as("no secrets in a POST/DELETE URL").isNull();
      assertThat(sent.headers().getFirst("Content-Type"))
          .isEqualTo("application/x-www-form-urlencoded");
    }
    assertThat(
            registry
                .get(GraphMetrics.REQUESTS)
                .tag("operation", op.operation())
                .tag("outcome", "success")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void refusesIdsThatWouldChangeTheUrl() {
    GraphApiClient client = TestClients.client(server.baseUrl(), new SimpleMeterRegistry());
    server.reset();

    for (String id : List.of("321?fields=access_token", "321#x", "../debug_token", "3 21")) {
      assertThatThrownBy(() -> client.pages().read(TOKEN, id))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void everySimulatorOperationIsCovered() {
    Set<String> covered = new TreeSet<>();
    operations().map(Op::operation).forEach(covered::add);
    assertThat(covered).isEqualTo(new TreeSet<>(SIMULATOR_OPERATIONS));
  }

  static Stream<Op> operations() {
    return Stream.of(
        new Op(
            "debug_token",
            "GET",
            "/v26.0/debug_token",
            Map.of("input_token", TOKEN.value()),
            true,
            "{\"data\":{\"is_valid\":true}}",
            c -> c.tokens().debugToken(TOKEN)),
        new Op(
            "me",
            "GET",
            "/v26.0/me",
            Map.of("fields", "id,name"),
            false,
            "{\"id\":\"1\"}",
            c -> c.me().me(TOKEN)),
        new Op(
            "me.businesses",
            "GET",
            "/v26.0/me/businesses",
            Map.of("after", "CURSOR"),
            false,
            LIST,
            c -> c.me().businesses(TOKEN, "CURSOR")),
        new Op(
            "me.accounts",
            "GET",
            "/v26.0/me/accounts",
            Map.of("fields", "id,name,category,access_token,tasks"),
            false,
            LIST,
            c -> c.me().accounts(TOKEN)),
        new Op(
            "managed_businesses.create",
            "POST",
            "/v26.0/900/managed_businesses",
            Map.of("existing_client_business_id", "700"),
            false,
            "{\"id\":\"700\"}",
            c -> c.businesses().createManagedBusiness(TOKEN, "900", "700")),
        new Op(
            "managed_businesses.delete",
            "DELETE",
            "/v26.0/900/managed_businesses",
            Map.of("existing_client_business_id", "700"),
            false,
            OK,
            c -> c.businesses().deleteManagedBusiness(TOKEN, "900", "700")),
        new Op(
            "business.access_token",
            "POST",
            "/v26.0/700/access_token",
            Map.of("app_id", TestClients.APP_ID, "scope", "business_management,pages_show_list"),
            false,
            GRANT,
            c ->
                c.businesses()
                    .createClientSystemUserToken(
                        TOKEN, "700", List.of("business_management", "pages_show_list"))),
        new Op(
            "system_users.list",
            "GET",
            "/v26.0/700/system_users",
            Map.of(),
            false,
            LIST,
            c -> c.businesses().systemUsers(TOKEN, "700")),
        new Op(
            "system_users.create",
            "POST",
            "/v26.0/700/system_users",
            Map.of("name", "Mooring", "role", "EMPLOYEE"),
            false,
            "{\"id\":\"55\"}",
            c -> c.businesses().createSystemUser(TOKEN, "700", "Mooring", SystemUserRole.EMPLOYEE)),
        new Op(
            "owned_pages",
            "GET",
            "/v26.0/700/owned_pages",
            Map.of(),
            false,
            LIST,
            c -> c.businesses().ownedPages(TOKEN, "700")),
        new Op(
            "client_pages",
            "GET",
            "/v26.0/700/client_pages",
            Map.of(),
            false,
            LIST,
            c -> c.businesses().clientPages(TOKEN, "700")),
        new Op(
            "system_user.applications",
            "POST",
            "/v26.0/55/applications",
            Map.of("business_app", TestClients.APP_ID),
            false,
            OK,
            c -> c.systemUsers().installApp(TOKEN, "55")),
        new Op(
            "system_user.access_tokens.create",
            "POST",
            "/v26.0/55/access_tokens",
            Map.of(
                "business_app",
                TestClients.APP_ID,
                "scope",
                "pages_show_list",
                "set_token_expires_in_60_days",
                "true"),
            false,
            GRANT,
            c -> c.systemUsers().createAccessToken(TOKEN, "55", List.of("pages_show_list"), true)),
        new Op(
            "system_user.access_tokens.delete",
            "DELETE",
            "/v26.0/55/access_tokens",
            Map.of(),
            false,
            OK,
            c -> c.systemUsers().revokeAccessTokens(TOKEN, "55")),
        new Op(
            "system_user.assigned_pages",
            "GET",
            "/v26.0/55/assigned_pages",
            Map.of("fields", "id,name,tasks,permitted_tasks"),
            false,
            LIST,
            c -> c.systemUsers().assignedPages(TOKEN, "55")),
        new Op(
            "page.read",
            "GET",
            "/v26.0/321",
            Map.of("fields", "name,business,access_token"),
            false,
            "{\"id\":\"321\"}",
            c -> c.pages().read(TOKEN, "321")),
        new Op(
            "assigned_users.create",
            "POST",
            "/v26.0/321/assigned_users",
            Map.of(
                "user",
                "55",
                "tasks",
                "[\"ANALYZE\",\"CREATE_CONTENT\",\"MESSAGING\",\"MODERATE\"]"),
            false,
            OK,
            c -> c.pages().grantTasks(TOKEN, "321", "55", PageTask.LEAST_PRIVILEGE)),
        new Op(
            "assigned_users.list",
            "GET",
            "/v26.0/321/assigned_users",
            Map.of("business", "700"),
            false,
            LIST,
            c -> c.pages().assignedUsers(TOKEN, "321", "700", null)),
        new Op(
            "assigned_users.delete",
            "DELETE",
            "/v26.0/321/assigned_users",
            Map.of("user", "55"),
            false,
            OK,
            c -> c.pages().revokeTasks(TOKEN, "321", "55")),
        new Op(
            "subscribed_apps.create",
            "POST",
            "/v26.0/321/subscribed_apps",
            Map.of("subscribed_fields", "feed,messages"),
            false,
            OK,
            c -> c.pages().subscribeApp(TOKEN, "321", List.of("feed", "messages"))),
        new Op(
            "subscribed_apps.list",
            "GET",
            "/v26.0/321/subscribed_apps",
            Map.of(),
            false,
            LIST,
            c -> c.pages().subscribedApps(TOKEN, "321")),
        new Op(
            "subscribed_apps.delete",
            "DELETE",
            "/v26.0/321/subscribed_apps",
            Map.of(),
            false,
            OK,
            c -> c.pages().unsubscribeApp(TOKEN, "321")),
        new Op(
            "oauth.access_token",
            "GET",
            "/v26.0/oauth/access_token",
            Map.of(
                "client_id",
                TestClients.APP_ID,
                "client_secret",
                TestClients.APP_SECRET,
                "code",
                "login-code-123456",
                "redirect_uri",
                "https://mooring.example/callback"),
            true,
            GRANT,
            c -> c.tokens().exchangeCode("login-code-123456", "https://mooring.example/callback")),
        new Op(
            "oauth.access_token",
            "GET",
            "/v26.0/oauth/access_token",
            Map.of(
                "grant_type",
                "fb_exchange_token",
                "fb_exchange_token",
                TOKEN.value(),
                "set_token_expires_in_60_days",
                "true"),
            true,
            "{\"access_token\":\"EAArefreshed0123456789\",\"token_type\":\"bearer\",\"expires_in\":5183944}",
            c -> c.tokens().refresh(TOKEN, true)),
        new Op(
            "oauth.revoke",
            "GET",
            "/v26.0/oauth/revoke",
            Map.of(
                "client_id",
                TestClients.APP_ID,
                "client_secret",
                TestClients.APP_SECRET,
                "revoke_token",
                TOKEN.value()),
            true,
            "{\"success\":\"true\"}",
            c -> c.tokens().revoke(TOKEN)),
        new Op(
            "batch",
            "POST",
            "/",
            Map.of("include_headers", "false"),
            false,
            "[{\"code\":200,\"body\":\"{\\\"id\\\":\\\"1\\\"}\"}]",
            c -> c.batch().execute(TOKEN, List.of(BatchItem.get("me", Map.of())))));
  }

  record Op(
      String operation,
      String method,
      String path,
      Map<String, String> params,
      boolean appToken,
      String answer,
      Consumer<GraphApiClient> call) {

    @Override
    public String toString() {
      return operation + " " + method + " " + path;
    }
  }
}
