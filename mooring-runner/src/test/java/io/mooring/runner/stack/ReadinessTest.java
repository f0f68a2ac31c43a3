package io.mooring.runner.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.runner.http.HttpJson;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.PortCheck;
import io.mooring.runner.ports.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child that dies while starting ends the wait at once, with its log's last lines. */
class ReadinessTest {

  @Test
  void aChildThatExitsFailsTheStartWithItsNameExitCodeAndLog(@TempDir Path dir) {
    int port = PortCheck.anyFreePort();
    Ports ports = Ports.withOverrides(Map.of(Endpoint.PAGE_WORKER, port));
    ServiceDefinition definition =
        new ServiceDefinition(
            "page-subscription-worker",
            Endpoint.PAGE_WORKER,
            List.of("--server.port=" + port),
            Map.of("mooring.identity.signing-key", "c2VjcmV0"));
    ChildProcess child =
        ChildProcess.start(definition, dir.resolve("missing.jar"), dir.resolve("worker.log"), dir);

    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                new Readiness(new HttpJson(), ports)
                    .await(List.of(child), start, Duration.ofSeconds(60), (c, d) -> {}))
        .isInstanceOf(StartFailure.class)
        .hasMessageContaining("page-subscription-worker stopped during start-up (exit code 1)")
        .hasMessageContaining("worker.log")
        .satisfies(
            failure ->
                assertThat(((StartFailure) failure).details())
                    .anyMatch(line -> line.contains("missing.jar")));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    // The log starts with the command line, which holds no secret.
    assertThat(child.tail(100)).noneMatch(line -> line.contains("c2VjcmV0"));
  }
}
