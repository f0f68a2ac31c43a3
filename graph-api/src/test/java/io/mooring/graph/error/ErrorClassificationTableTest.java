package io.mooring.graph.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.metrics.GraphMetrics;
import io.mooring.graph.support.CannedGraphServer;
import io.mooring.graph.support.CannedGraphServer.Canned;
import io.mooring.graph.support.MetaErrors;
import io.mooring.graph.support.TestClients;
import io.mooring.graph.token.AccessToken;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error code of the reference's retry classifier, plus transport failures, driven through a
 * real local HTTP server returning canned bodies and headers.
 */
class ErrorClassificationTableTest {

  private static final AccessToken TOKEN = AccessToken.of("EAAtableTestToken0123456789");

  private static CannedGraphServer server;
  private static ResettingServer resettingServer;

  @BeforeAll
  static void startServers() throws IOException {
    server = CannedGraphServer.start();
    resettingServer = ResettingServer.start();
  }

  @AfterAll
  static void stopServers() throws IOException {
    server.close();
    resettingServer.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void classifiesEachFailure(Row row) {
    server.reset();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    GraphApiClient client = TestClients.client(row.prepare(server), registry);

    GraphApiException failure =
        catchThrowableOfType(GraphApiException.class, () -> client.me().me(TOKEN));

    assertThat(failure).as(row.name()).isNotNull().isInstanceOf(row.type());
    assertThat(failure.operation()).isEqualTo("me");
    row.check().accept(failure);
    if (row.code() != null) {
      assertThat(failure.code()).hasValue(row.code());
      assertThat(failure.fbtraceId()).hasValue("AbCdEfTrace" + row.code());
      assertThat(failure.getMessage())
          .contains("[me]", "code=" + row.code(), "fbtrace_id=AbCdEfTrace" + row.code());
    } else {
      assertThat(failure.code()).isEmpty();
    }
    assertThat(
            registry
                .get(GraphMetrics.REQUESTS)
                .tag("operation", "me")
                .tag("outcome", failure.outcome().tag())
                .timer()
                .count())
        .isEqualTo(1);
  }

  /** The table must keep covering every code the reference lists. */
  @Test
  void tableCoversEveryCodeOfTheReference() {
    Set<Integer> covered = new TreeSet<>();
    table().map(Row::code).filter(code -> code != null).forEach(covered::add);
    List<Integer> required = new ArrayList<>(List.of(1, 2, 3, 4, 10, 17, 32, 100, 102, 190));
    required.addAll(List.of(200, 210, 230, 270, 299, 341, 368, 506, 613, 1609005));
    IntStream.rangeClosed(80000, 80014).forEach(required::add);
    assertThat(covered).containsAll(required);
    Set<Integer> tokenSubcodes = new TreeSet<>();
    table()
        .filter(row -> row.code() != null && row.code() == 190)
        .map(Row::subcode)
        .filter(sub -> sub != null)
        .forEach(tokenSubcodes::add);
    assertThat(tokenSubcodes).contains(458, 459, 460, 463, 464, 467, 492);
  }

  static Stream<Row> table() {
    List<Row> rows = new ArrayList<>();
    // Transient: back off and retry.
    rows.add(meta(1, null, 500, true).expect(transientKind(TransientKind.META_ERROR)));
    rows.add(meta(2, null, 500, true).expect(transientKind(TransientKind.META_ERROR)));
    rows.add(meta(2, null, 400, null).expect(transientKind(TransientKind.META_ERROR)));
    // Throttles: retry after Meta's estimate, else the configured default.
    for (int code : new int[] {4, 17, 32, 341, 613}) {
      rows.add(meta(code, null, 400, true).expect(throttled(TestClients.DEFAULT_THROTTLE)));
    }
    rows.add(meta(17, 2446079, 400, true).expect(throttled(TestClients.DEFAULT_THROTTLE)));
    rows.add(meta(613, 1996, 400, true).expect(throttled(TestClients.DEFAULT_THROTTLE)));
    for (int code = 80000; code <= 80014; code++) {
      rows.add(meta(code, null, 400, true).expect(throttled(TestClients.DEFAULT_THROTTLE)));
    }
    rows.add(
        meta(80001, null, 400, true)
            .header("X-Business-Use-Case-Usage", MetaErrors.bucHeader("111", 100, 17))
            .expect(throttled(Duration.ofMinutes(17))));
    rows.add(
        meta(4, null, 400, true)
            .header("X-Business-Use-Case-Usage", MetaErrors.bucHeader("111", 100, 3))
            .expect(throttled(Duration.ofMinutes(3))));
    // Policy block: wait long.
    rows.add(meta(368, 1390008, 400, null).expect(policyBlocked()));
    // Token problems: re-auth.
    rows.add(meta(190, null, 400, null).expect(token(TokenProblem.UNKNOWN)));
    rows.add(meta(190, 458, 400, null).expect(token(TokenProblem.APP_NOT_INSTALLED)));
    rows.add(meta(190, 459, 400, null).expect(token(TokenProblem.USER_CHECKPOINTED)));
    rows.add(meta(190, 460, 400, null).expect(token(TokenProblem.PASSWORD_CHANGED)));
    rows.add(meta(190, 463, 400, null).expect(token(TokenProblem.EXPIRED)));
    rows.add(meta(190, 464, 400, null).expect(token(TokenProblem.UNCONFIRMED_USER)));
    rows.add(meta(190, 467, 400, null).expect(token(TokenProblem.INVALID_TOKEN)));
    rows.add(meta(190, 492, 400, null).expect(token(TokenProblem.INVALID_SESSION_NO_PAGE_ROLE)));
    rows.add(meta(190, 12345, 400, null).expect(token(TokenProblem.UNKNOWN)));
    rows.add(meta(102, null, 400, null).expect(token(TokenProblem.UNKNOWN)));
    // The code decides, not the HTTP status.
    rows.add(meta(190, 463, 200, null).expect(token(TokenProblem.EXPIRED)));
    rows.add(meta(190, 460, 500, null).expect(token(TokenProblem.PASSWORD_CHANGED)));
    // Permanent: permissions.
    for (int code : new int[] {3, 10, 200, 210, 230, 270, 299}) {
      rows.add(meta(code, null, 403, null).expect(type(PermissionDeniedException.class)));
    }
    // Permanent: the request.
    rows.add(meta(100, null, 400, null).expect(type(InvalidRequestException.class)));
    rows.add(meta(100, 1487301, 400, null).expect(type(InvalidRequestException.class)));
    rows.add(meta(506, null, 400, null).expect(type(InvalidRequestException.class)));
    rows.add(meta(1609005, null, 400, null).expect(type(InvalidRequestException.class)));
    // Unknown objects.
    rows.add(meta(100, 33, 400, null).expect(type(NotFoundException.class)));
    rows.add(
        metaMessage(
                "code 100 'does not exist'",
                100,
                null,
                400,
                null,
                "(#100) Object with ID '42' does not exist, cannot be loaded")
            .expect(type(NotFoundException.class)));
    // Codes Meta does not document here: the hint, then the status.
    rows.add(meta(9007, null, 400, null).expect(type(InvalidRequestException.class)));
    rows.add(meta(9007, null, 400, true).expect(transientKind(TransientKind.META_ERROR)));
    rows.add(meta(9007, null, 503, null).expect(transientKind(TransientKind.META_ERROR)));
    // Transport failures.
    rows.add(
        transport("503 HTML, no Meta body", (Canned.text(503, "<html>busy</html>")))
            .expect(transientKind(TransientKind.SERVER_ERROR)));
    rows.add(
        transport("500 empty body", (Canned.json(500, "")))
            .expect(transientKind(TransientKind.SERVER_ERROR)));
    rows.add(
        transport("502 JSON without error", (Canned.json(502, "{\"oops\":1}")))
            .expect(transientKind(TransientKind.SERVER_ERROR)));
    rows.add(
        transport("200 not JSON", (Canned.text(200, "<html>proxy</html>")))
            .expect(transientKind(TransientKind.MALFORMED_RESPONSE)));
    rows.add(
        transport("200 JSON without id", (Canned.json(200, "{\"name\":\"x\"}")))
            .expect(transientKind(TransientKind.MALFORMED_RESPONSE)));
    rows.add(
        transport("404 HTML, no Meta body", (Canned.text(404, "<html>no</html>")))
            .expect(transientKind(TransientKind.MALFORMED_RESPONSE)));
    rows.add(
        transport(
                "read timeout",
                Canned.json(200, "{\"id\":\"1\"}")
                    .delayedBy(TestClients.READ_TIMEOUT.multipliedBy(3)))
            .expect(transientKind(TransientKind.TIMEOUT)));
    rows.add(
        transport("connection refused", unused -> closedPort())
            .expect(transientKind(TransientKind.CONNECTION_FAILED)));
    rows.add(
        transport("connection reset", unused -> resettingServer.baseUrl())
            .expect(transientKind(TransientKind.CONNECTION_FAILED)));
    return rows.stream();
  }

  // ---- row builders ---------------------------------------------------------------------------

  /**
   * One row: either a canned answer from the local server, or a special target (closed port,
   * resetting socket).
   */
  record Row(
      String name,
      Integer code,
      Integer subcode,
      Canned answer,
      Function<CannedGraphServer, URI> target,
      Class<? extends GraphApiException> type,
      Consumer<GraphApiException> check) {

    URI prepare(CannedGraphServer cannedServer) {
      if (answer != null) {
        cannedServer.answer(answer);
        return cannedServer.baseUrl();
      }
      return target.apply(cannedServer);
    }

    Row expect(Expectation expectation) {
      return new Row(name, code, subcode, answer, target, expectation.type(), expectation.check());
    }

    Row header(String headerName, String value) {
      return new Row(
          name + " + " + headerName,
          code,
          subcode,
          answer.withHeader(headerName, value),
          target,
          type,
          check);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  record Expectation(Class<? extends GraphApiException> type, Consumer<GraphApiException> check) {}

  private static Row meta(int code, Integer subcode, int status, Boolean isTransient) {
    String name =
        "code "
            + code
            + (subcode == null ? "" : "/" + subcode)
            + " http "
            + status
            + (isTransient == null ? "" : " is_transient=" + isTransient);
    return metaMessage(name, code, subcode, status, isTransient, "(#" + code + ") canned");
  }

  private static Row metaMessage(
      String name, int code, Integer subcode, int status, Boolean isTransient, String message) {
    Canned answer = Canned.json(status, MetaErrors.body(code, subcode, message, isTransient));
    return new Row(name, code, subcode, answer, null, GraphApiException.class, failure -> {});
  }

  private static Row transport(String name, Canned answer) {
    return new Row(name, null, null, answer, null, GraphApiException.class, failure -> {});
  }

  private static Row transport(String name, Function<CannedGraphServer, URI> target) {
    return new Row(name, null, null, null, target, GraphApiException.class, failure -> {});
  }

  private static Expectation type(Class<? extends GraphApiException> type) {
    return new Expectation(type, failure -> assertThat(failure.isRetryable()).isFalse());
  }

  private static Expectation throttled(Duration retryAfter) {
    return new Expectation(
        ThrottledException.class,
        failure -> {
          assertThat(((ThrottledException) failure).retryAfter()).isEqualTo(retryAfter);
          assertThat(failure.isRetryable()).isTrue();
          assertThat(failure.outcome()).isEqualTo(GraphOutcome.THROTTLED);
        });
  }

  private static Expectation policyBlocked() {
    return new Expectation(
        PolicyBlockedException.class,
        failure ->
            assertThat(((PolicyBlockedException) failure).retryAfter())
                .isEqualTo(TestClients.POLICY_BLOCK));
  }

  private static Expectation token(TokenProblem problem) {
    return new Expectation(
        TokenInvalidException.class,
        failure -> {
          assertThat(((TokenInvalidException) failure).problem()).isEqualTo(problem);
          assertThat(failure.isRetryable()).isFalse();
          assertThat(failure.outcome()).isEqualTo(GraphOutcome.TOKEN_INVALID);
        });
  }

  private static Expectation transientKind(TransientKind kind) {
    return new Expectation(
        TransientException.class,
        failure -> {
          assertThat(((TransientException) failure).kind()).isEqualTo(kind);
          assertThat(failure.isRetryable()).isTrue();
          assertThat(failure.outcome()).isEqualTo(GraphOutcome.TRANSIENT);
        });
  }

  private static URI closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Accepts connections and closes them at once, without an HTTP answer. */
  static final class ResettingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread acceptor;

    private ResettingServer(ServerSocket socket) {
      this.socket = socket;
      this.acceptor = new Thread(this::acceptAndDrop, "resetting-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    static ResettingServer start() throws IOException {
      return new ResettingServer(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
    }

    URI baseUrl() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    private void acceptAndDrop() {
      while (!socket.isClosed()) {
        try (Socket connection = socket.accept()) {
          connection.setSoLinger(true, 0);
        } catch (IOException e) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
