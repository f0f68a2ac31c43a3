package io.mooring.notification.report;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.notification.jobs.JobPage;
import io.mooring.notification.jobs.JobRecord;
import io.mooring.notification.jobs.PageOutcome;
import io.mooring.notification.jobs.ReasonCount;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * How long a 10,000-page report takes to write (all pages failed: the widest sheet). Not a test: a
 * program that prints the figure. Run it with
 *
 * <pre>
 * ./mvnw -B -q -pl notification-service test-compile exec:java \
 *   -Dexec.mainClass=io.mooring.notification.report.ReportBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ReportBenchmark {
  private static final int PAGES = 10_000;
  private static final int RUNS = 7;

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    String jobId = UUID.randomUUID().toString();
    Instant start = Instant.parse("2026-12-04T10:00:00Z");
    ReasonCode[] reasons = ReasonCode.values();
    List<JobPage> failures =
        IntStream.range(0, PAGES)
            .mapToObj(
                i -> {
                  ReasonCode reason = reasons[i % reasons.length];
                  String pageId = String.valueOf(2_000_000_000_000_000L + i);
                  return new JobPage(
                      jobId + ":" + pageId,
                      "acme",
                      jobId,
                      pageId,
                      "Acme page number " + i,
                      String.valueOf(1_000_000_000_000_000L + i % 40),
                      "Business Manager " + (i % 40),
                      PageOutcome.FAILED,
                      reason,
                      reason.text(),
                      reason.nextStep("Business Manager " + (i % 40)),
                      "detail " + i,
                      1 + i % 5,
                      start.plusSeconds(i),
                      null,
                      start.plusSeconds(i),
                      "event-" + i);
                })
            .toList();
    List<ReasonCount> byReason = new ArrayList<>();
    for (ReasonCode reason : reasons) {
      byReason.add(
          new ReasonCount(
              reason, reason.text(), reason.nextStep("?"), PAGES / reasons.length, List.of()));
    }
    JobRecord job =
        new JobRecord(
            jobId,
            "acme",
            new JobRecord.Requester("user-42", "ana@acme.example", "Ana Admin"),
            false,
            PAGES,
            0,
            PAGES,
            byReason,
            start,
            start.plusSeconds(3600),
            "event");

    JobReportWriter writer = new JobReportWriter();
    Path file = Files.createTempFile("mooring-report-benchmark", ".xlsx");
    long[] millis = new long[RUNS];
    try {
      for (int run = 0; run < RUNS; run++) {
        long began = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
          writer.write(
              job,
              outcome ->
                  outcome == PageOutcome.FAILED
                      ? failures.stream()
                      : java.util.stream.Stream.empty(),
              out);
        }
        millis[run] = Duration.ofNanos(System.nanoTime() - began).toMillis();
        System.out.printf("run %d: %d ms%n", run + 1, millis[run]);
      }
      long size = Files.size(file);
      long[] sorted = millis.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "%,d failure rows, %,d KiB: first run %d ms, median %d ms, best %d ms%n",
          PAGES, size / 1024, millis[0], sorted[RUNS / 2], sorted[0]);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
