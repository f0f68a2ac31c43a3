package io.mooring.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mooring.graph.batch.BatchItem;
import io.mooring.graph.batch.BatchItemResult;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.support.CannedGraphServer;
import io.mooring.graph.support.CannedGraphServer.Canned;
import io.mooring.graph.support.MetaErrors;
import io.mooring.graph.support.TestClients;
import io.mooring.graph.token.AccessToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs successful and failing calls, including Meta errors that echo the token, and proves no
 * secret reaches a log line, an exception (message, cause, stack trace), a meter, or a result's
 * {@code toString}.
 */
class TokenMaskingTest {

  /** Not shaped like a Meta token, so only the client's own scrubbing can hide it. */
  private static final String USER_TOKEN = "simtok-user-9f8e7d6c5b4a3210";

  private static final String SYSTEM_USER_TOKEN = "EAAsystemUserSecretToken987654321";
  private static final String PAGE_TOKEN = "EAApageSecretToken1234567890";
  private static final String GRANTED_TOKEN = "simtok-granted-0a1b2c3d4e5f";
  private static final String LOGIN_CODE = "login-code-secret-778899";

  private static final List<String> SECRETS =
      List.of(
          USER_TOKEN,
          SYSTEM_USER_TOKEN,
          PAGE_TOKEN,
          GRANTED_TOKEN,
          LOGIN_CODE,
          TestClients.APP_SECRET);

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<Object> results = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private CannedGraphServer server;
  private Logger root;

  @BeforeEach
  void captureLogs() {
    root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    logs.start();
    root.addAppender(logs);
    server = CannedGraphServer.start();
  }

  @AfterEach
  void stop() {
    root.detachAppender(logs);
    server.close();
  }

  @Test
  void noSecretAppearsInLogsExceptionsMetricsOrResults() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    GraphApiClient client = TestClients.client(server.baseUrl(), registry);
    AccessToken user = AccessToken.of(USER_TOKEN);
    AccessToken systemUser = AccessToken.of(SYSTEM_USER_TOKEN);

    // Successes whose answers carry tokens.
    answer(
        200,
        "{\"data\":[{\"id\":\"321\",\"name\":\"Quay\",\"access_token\":\""
            + PAGE_TOKEN
            + "\",\"tasks\":[\"ANALYZE\"]}]}");
    results.add(client.me().accounts(systemUser));
    answer(200, "{\"id\":\"321\",\"access_token\":\"" + PAGE_TOKEN + "\"}");
    results.add(client.pages().read(systemUser, "321"));
    answer(200, "{\"access_token\":\"" + GRANTED_TOKEN + "\"}");
    results.add(
        client
            .businesses()
            .createClientSystemUserToken(systemUser, "700", List.of("business_management")));
    answer(200, "{\"access_token\":\"" + GRANTED_TOKEN + "\",\"expires_in\":100}");
    results.add(client.tokens().exchangeCode(LOGIN_CODE, "https://mooring.example/cb"));
    results.add(client.config());

    // Meta errors whose messages echo secrets.
    attempt(
        () -> client.me().me(user),
        400,
        MetaErrors.body(190, 460, "Error validating access token " + USER_TOKEN));
    attempt(
        () -> client.tokens().debugToken(systemUser),
        400,
        MetaErrors.body(100, null, "bad input_token " + SYSTEM_USER_TOKEN + " for app"));
    attempt(
        () -> client.tokens().exchangeCode(LOGIN_CODE, "https://mooring.example/cb"),
        400,
        MetaErrors.body(
            100,
            null,
            "code " + LOGIN_CODE + " or client_secret " + TestClients.APP_SECRET + " invalid"));
    attempt(
        () -> client.tokens().refresh(user, true),
        400,
        MetaErrors.body(190, 463, "fb_exchange_token " + USER_TOKEN + " expired"));
    attempt(
        () -> client.pages().read(systemUser, "321"),
        400,
        MetaErrors.body(80001, null, "too many calls for " + PAGE_TOKEN, true));
    // Malformed answers that contain a token.
    attempt(() -> client.me().me(user), 200, "{ not json " + USER_TOKEN);
    attempt(
        () -> client.me().accounts(user),
        200,
        "{\"data\":[{\"access_token\":\"" + PAGE_TOKEN + "\"}]}");
    attempt(() -> client.me().me(user), 503, "<html>" + USER_TOKEN + "</html>");
    // A batch item error echoing the token.
    answer(
        200,
        "[{\"code\":400,\"body\":\"{\\\"error\\\":{\\\"message\\\":\\\"token "
            + USER_TOKEN
            + "\\\",\\\"code\\\":190}}\"}]");
    List<BatchItemResult> batch =
        client.batch().execute(user, List.of(BatchItem.get("me", Map.of())));
    failures.add(((BatchItemResult.Failure) batch.get(0)).error());
    // Transport failures.
    server.answer(
        Canned.json(200, "{\"id\":\"1\"}").delayedBy(TestClients.READ_TIMEOUT.multipliedBy(3)));
    catchInto(() -> client.me().me(user));
    GraphApiClient refused = TestClients.client(URI.create("http://127.0.0.1:1"), registry);
    catchInto(() -> refused.me().me(user));

    assertThat(failures).hasSize(11).allMatch(f -> f instanceof GraphApiException);
    assertThat(logs.list).as("debug logging was captured").isNotEmpty();

    String everything =
        String.join("\n", logLines())
            + String.join("\n", exceptionTexts())
            + String.join("\n", meterIds(registry))
            + results;
    assertThat(everything).contains("me.accounts", "oauth.access_token", "[me]");
    for (String secret : SECRETS) {
      assertThat(everything).as("secret %s…", secret.substring(0, 4)).doesNotContain(secret);
    }
  }

  private void answer(int status, String body) {
    server.answer(Canned.json(status, body));
  }

  private void attempt(Runnable call, int status, String body) {
    answer(status, body);
    catchInto(call);
  }

  private void catchInto(Runnable call) {
    try {
      call.run();
      failures.add(new AssertionError("call did not fail"));
    } catch (RuntimeException e) {
      failures.add(e);
    }
  }

  private List<String> logLines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : logs.list) {
      lines.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    return lines;
  }

  private List<String> exceptionTexts() {
    List<String> texts = new ArrayList<>();
    for (Throwable failure : failures) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      texts.add(trace.toString());
      if (failure instanceof GraphApiException graph) {
        texts.add(String.valueOf(graph.error()));
        texts.add(String.valueOf(graph.details()));
      }
    }
    return texts;
  }

  private static List<String> meterIds(SimpleMeterRegistry registry) {
    return registry.getMeters().stream().map(Meter::getId).map(Object::toString).toList();
  }
}
