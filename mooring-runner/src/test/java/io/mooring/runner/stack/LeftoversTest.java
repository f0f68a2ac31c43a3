package io.mooring.runner.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.runner.data.DataFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {

  @Test
  void namesOnlyRecordedProcessesThatStillRunAMooringJar(@TempDir Path dir) throws Exception {
    Leftovers leftovers = new Leftovers(new DataFolder(dir).create());
    // A process whose command line looks like a service started by the runner.
    Process lookalike =
        new ProcessBuilder(
                "bash", "-c", "sleep 30; true", dir + "/api-gateway/target/api-gateway-0.1.0.jar")
            .start();
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    try {
      leftovers.record(lookalike.pid());
      leftovers.record(finished.pid());
      leftovers.record(ProcessHandle.current().pid()); // alive, but not a Mooring jar

      assertThat(leftovers.stillRunning()).containsExactly(lookalike.pid());

      leftovers.clear();
      assertThat(leftovers.stillRunning()).isEmpty();
    } finally {
      lookalike.destroyForcibly();
    }
  }

  @Test
  void stopsTheLeftoversOfAKilledRunnerAndNothingElse(@TempDir Path dir) throws Exception {
    Leftovers leftovers = new Leftovers(new DataFolder(dir).create());
    Process lookalike =
        new ProcessBuilder(
                "bash",
                "-c",
                "sleep 60; true",
                dir + "/page-subscription-worker/target/page-subscription-worker-0.1.0.jar")
            .start();
    Process bystander = new ProcessBuilder("sleep", "60").start();
    try {
      leftovers.record(lookalike.pid());
      leftovers.record(bystander.pid());

      assertThat(leftovers.stopAll(Duration.ofSeconds(5))).containsExactly(lookalike.pid());

      assertThat(lookalike.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(bystander.isAlive()).as("not a Mooring jar: left alone").isTrue();
      assertThat(leftovers.stillRunning()).isEmpty();
    } finally {
      lookalike.destroyForcibly();
      bystander.destroyForcibly();
    }
  }
}
