package io.mooring.runner.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.runner.cli.Command;
import io.mooring.runner.cli.RunnerArguments;
import io.mooring.runner.demo.DemoCommand;
import io.mooring.runner.stack.Stack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code ./mooring demo} on the running stack: the newcomer's walk-through works as printed. */
@ExtendWith(EmbeddedStack.class)
class DemoIT {
  private static final int PAGES = 120;

  @Test
  void theDemoWalksTheMainJourneyAndPrintsTheSummaryReportAndEmail(JourneyStack journey)
      throws Exception {
    Stack stack = journey.stack();
    ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    var args =
        new RunnerArguments(
            Command.DEMO,
            stack.data().root(),
            Path.of("."),
            stack.ports(),
            Duration.ofMinutes(5),
            PAGES,
            "demo-it");

    int exit =
        new DemoCommand(args, new PrintStream(transcript, true, StandardCharsets.UTF_8)).run();

    String text = transcript.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text).isZero();
    Matcher summary =
        Pattern.compile("Summary: (\\d+) of (\\d+) pages moved to the System User, (\\d+) failed")
            .matcher(text);
    assertThat(summary.find()).as(text).isTrue();
    int moved = Integer.parseInt(summary.group(1));
    int failed = Integer.parseInt(summary.group(3));
    assertThat(Integer.parseInt(summary.group(2))).isEqualTo(PAGES);
    assertThat(moved + failed).isEqualTo(PAGES);
    assertThat(failed).as("some pages cannot move, on purpose").isPositive();
    Matcher job = Pattern.compile("Job ([0-9a-f-]{36}):").matcher(text);
    assertThat(job.find()).as(text).isTrue();
    assertThat(journey.mailsAbout(job.group(1))).as("one email about the demo's job").hasSize(1);
    Matcher report = Pattern.compile("Report: (\\S+\\.xlsx)").matcher(text);
    assertThat(report.find()).as(text).isTrue();
    assertThat(Path.of(report.group(1))).isRegularFile();
    assertThat(text).contains("Email to ").contains("read it at http://");
  }
}
