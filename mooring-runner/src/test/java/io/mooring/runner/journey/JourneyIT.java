package io.mooring.runner.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.runner.FreePorts;
import io.mooring.runner.cli.Command;
import io.mooring.runner.cli.RunnerArguments;
import io.mooring.runner.data.DataFolder;
import io.mooring.runner.data.DataLock;
import io.mooring.runner.data.DevSecrets;
import io.mooring.runner.demo.DemoCommand;
import io.mooring.runner.ports.Ports;
import io.mooring.runner.stack.Checkout;
import io.mooring.runner.stack.ServiceCatalog;
import io.mooring.runner.stack.Stack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main journey on the embedded stack — real broker, store, SMTP, simulator and the five
 * services as separate JVMs — driven through the gateway: connect a Business Manager through the
 * simulator's login page, set up its System User, enable 300 pages (some ineligible), then one
 * summary whose counts add up, one in-app notification, one email and one report.
 */
class JourneyIT {
  private static final int PAGES = 300;

  @Test
  void theMainJourneyRunsEndToEndThroughTheGateway(@TempDir Path dir) throws Exception {
    Checkout checkout = Checkout.locate(null);
    assertThat(checkout.missingJars(ServiceCatalog.ALL_MODULES))
        .as("the services' jars are built before the runner's integration tests")
        .isEmpty();
    DataFolder data = new DataFolder(dir).create();
    Ports ports = FreePorts.pick();
    ByteArrayOutputStream stackLog = new ByteArrayOutputStream();
    Stack stack =
        new Stack(
            checkout,
            data,
            ports,
            DevSecrets.loadOrCreate(data),
            DataLock.tryAcquire(data).orElseThrow(),
            new PrintStream(stackLog, true, StandardCharsets.UTF_8));
    try {
      stack.start(Duration.ofMinutes(5));
      ByteArrayOutputStream transcript = new ByteArrayOutputStream();
      var args =
          new RunnerArguments(
              Command.DEMO, dir, checkout.home(), ports, Duration.ofMinutes(5), PAGES, "journey");

      int exit =
          new DemoCommand(args, new PrintStream(transcript, true, StandardCharsets.UTF_8)).run();

      String text = transcript.toString(StandardCharsets.UTF_8);
      assertThat(exit).as(text).isZero();
      assertThat(text).contains("ENABLED").contains("completed in");
      Matcher summary =
          Pattern.compile("Summary: (\\d+) of (\\d+) pages moved to the System User, (\\d+) failed")
              .matcher(text);
      assertThat(summary.find()).as(text).isTrue();
      int moved = Integer.parseInt(summary.group(1));
      int failed = Integer.parseInt(summary.group(3));
      assertThat(Integer.parseInt(summary.group(2))).isEqualTo(PAGES);
      assertThat(moved + failed).isEqualTo(PAGES);
      assertThat(moved).isPositive();
      assertThat(failed).as("some pages are ineligible on purpose").isPositive();
      assertThat(text).contains(moved + " of " + PAGES + " pages moved to System User");
      try (Stream<Path> mails = Files.list(data.mailbox())) {
        assertThat(mails.filter(p -> p.getFileName().toString().endsWith(".eml")))
            .as("exactly one email for the job")
            .hasSize(1);
      }
      Matcher report = Pattern.compile("Report: (\\S+\\.xlsx)").matcher(text);
      assertThat(report.find()).as(text).isTrue();
      assertThat(Path.of(report.group(1))).isRegularFile();
    } finally {
      stack.stop();
    }
  }
}
