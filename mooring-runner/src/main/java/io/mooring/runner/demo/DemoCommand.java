package io.mooring.runner.demo;

import io.mooring.runner.cli.RunnerArguments;
import io.mooring.runner.data.DataFolder;
import io.mooring.runner.http.HttpJson;
import io.mooring.runner.infra.EmlFile;
import io.mooring.runner.infra.MailboxFolder;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.simulator.SimulatorWorld;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code demo}: the main journey through the gateway of a running Mooring, as a newcomer would do
 * it by hand. Connect a Business Manager through the simulator's login page, set up its System
 * User, enable pages in bulk (some cannot move), wait for the job, then show the summary, the
 * in-app notification, the report and the email.
 */
public final class DemoCommand {
  private static final Duration SYSTEM_USER_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(15);
  private static final Duration MAIL_TIMEOUT = Duration.ofMinutes(2);
  private static final Pattern REPORT_LINK = Pattern.compile("https?://\\S+/report-links/\\S+");

  private final RunnerArguments args;
  private final PrintStream out;
  private final HttpJson http = new HttpJson();
  private final String gateway;
  private final String simulator;
  private final GatewayApi api;
  private final DataFolder data;

  public DemoCommand(RunnerArguments args, PrintStream out) {
    this.args = args;
    this.out = out;
    this.gateway = args.ports().url(Endpoint.GATEWAY);
    this.simulator = args.ports().url(Endpoint.SIMULATOR);
    this.api = new GatewayApi(http, gateway);
    this.data = new DataFolder(args.dataDir());
  }

  /** The exit code: 0 when the whole journey ran. */
  public int run() throws IOException, InterruptedException {
    try {
      journey();
      return 0;
    } catch (DemoFailure failure) {
      out.println();
      out.println("Demo stopped: " + failure.getMessage());
      return 1;
    } catch (ConnectException e) {
      out.println();
      out.println(
          "Demo stopped: nothing answers at "
              + gateway
              + " or "
              + simulator
              + ". Start Mooring first (./mooring), then run the demo in another terminal.");
      return 1;
    }
  }

  private void journey() throws IOException, InterruptedException {
    String tenant =
        args.demoTenant() != null
            ? args.demoTenant()
            : "demo-"
                + LocalDateTime.now()
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    String email = "ana@" + tenant + ".example";
    out.println("Mooring demo through " + gateway + " (tenant " + tenant + ")");

    api.logIn(tenant, "ana", email);
    step(1, "Token for ana <" + email + ">, role ADMIN, from the gateway's dev issuer");

    step(2, "Connect a Business Manager on the simulator's Facebook Login for Business page");

    SimulatorWorld world = SimulatorWorld.fetch(http, simulator);
    JsonNode bm = logInOnTheSimulator(world);
    String bmId = bm.path("businessManagerId").asString();

    long setupStart = System.nanoTime();
    api.setUpSystemUser(bmId);
    JsonNode systemUser = awaitSystemUser(bmId);
    step(
        4,
        "System User "
            + systemUser.path("name").asString()
            + " ("
            + systemUser.path("systemUserId").asString()
            + ") ENABLED in "
            + seconds(System.nanoTime() - setupStart));

    DemoPages.Selection selection = DemoPages.select(world, bmId, args.demoPages());
    String jobId = api.startJob(selection.pageIds()).path("jobId").asString();
    step(
        5,
        "Job "
            + jobId
            + ": "
            + selection.pageIds().size()
            + " pages ("
            + selection.ownPages()
            + " of this Business Manager, "
            + selection.otherPages()
            + " that should not move)");
    long jobStart = System.nanoTime();
    JsonNode job = awaitJob(jobId);
    out.println("      completed in " + seconds(System.nanoTime() - jobStart));
    printSummary(job);

    JsonNode notification = awaitNotification(jobId);
    step(
        7,
        "Notification: "
            + notification.path("title").asString()
            + " - "
            + notification.path("text").asString());

    Files.createDirectories(data.reports());
    Path report = data.reports().resolve(jobId + ".xlsx");
    api.downloadReport(jobId, report);
    step(8, "Report: " + report + " (" + Files.size(report) / 1024 + " KiB)");

    EmlFile mail = awaitMail(jobId);
    step(9, "Email to " + mail.to() + ": \"" + mail.subject() + "\"");
    out.println("      file: " + mail.file());
    Matcher link = REPORT_LINK.matcher(mail.text());
    if (link.find()) {
      out.println("      report link in the email (no login needed): " + link.group());
    }
    out.println("      read it at " + args.ports().url(Endpoint.MAILBOX));
    out.println();
    out.println("Done. Tenant " + tenant + " keeps its data: get a token for it to look around.");
  }

  private JsonNode logInOnTheSimulator(SimulatorWorld world) throws IOException {
    BusinessManagerLogin.Connected connected = new BusinessManagerLogin(http, api).connect(null);
    JsonNode bm = connected.businessManager();
    step(
        3,
        "Logged in on the simulator as "
            + world.nameOf(connected.personId())
            + "; connected Business Manager "
            + bm.path("name").asString()
            + " ("
            + connected.businessManagerId()
            + ")");
    return bm;
  }

  private void printSummary(JsonNode job) {
    step(
        6,
        "Summary: "
            + job.path("moved").asInt()
            + " of "
            + job.path("totalPages").asInt()
            + " pages moved to the System User, "
            + job.path("failed").asInt()
            + " failed");
    for (JsonNode reason : job.path("failuresByReason")) {
      out.println(
          String.format(
              Locale.ROOT,
              "      %4d  %-32s %s",
              reason.path("count").asInt(),
              reason.path("reason").asString(),
              reason.path("nextStep").asString("")));
    }
  }

  private JsonNode awaitSystemUser(String bmId) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + SYSTEM_USER_TIMEOUT.toNanos();
    while (true) {
      JsonNode su = api.businessManager(bmId).path("systemUser");
      String status = su.path("status").asString();
      if ("ENABLED".equals(status)) {
        return su;
      }
      if ("FAILED".equals(status)) {
        throw new DemoFailure(
            "the System User could not be set up: "
                + su.path("reason").asString()
                + ". "
                + su.path("nextStep").asString(""));
      }
      if (System.nanoTime() > deadline) {
        throw new DemoFailure(
            "the System User is still "
                + status
                + " after "
                + SYSTEM_USER_TIMEOUT.toSeconds()
                + " s (see the system-user-provisioner log)");
      }
      Thread.sleep(500);
    }
  }

  private JsonNode awaitJob(String jobId) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    long lastPrint = 0;
    while (true) {
      JsonNode job = api.job(jobId);
      if ("COMPLETED".equals(job.path("status").asString())) {
        return job;
      }
      String progress =
          job.path("moved").asInt()
              + " moved, "
              + job.path("failed").asInt()
              + " failed, "
              + job.path("pending").asInt()
              + " pending";
      if (System.nanoTime() - lastPrint > Duration.ofSeconds(5).toNanos()) {
        out.println("      " + progress);
        lastPrint = System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        throw new DemoFailure(
            "job "
                + jobId
                + " not completed after "
                + JOB_TIMEOUT.toMinutes()
                + " min: "
                + progress);
      }
      Thread.sleep(1000);
    }
  }

  private JsonNode awaitNotification(String jobId) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + MAIL_TIMEOUT.toNanos();
    while (true) {
      for (JsonNode item : api.notifications()) {
        if (item.path("actionPath").asString("").contains(jobId)
            || item.path("text").asString("").contains(jobId)) {
          return item;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new DemoFailure(
            "no notification about job " + jobId + " after " + MAIL_TIMEOUT.toSeconds() + " s");
      }
      Thread.sleep(1000);
    }
  }

  /** The email is found by the job id in its report link. */
  private EmlFile awaitMail(String jobId) throws InterruptedException {
    MailboxFolder mailbox = new MailboxFolder(data.mailbox());
    long deadline = System.nanoTime() + MAIL_TIMEOUT.toNanos();
    while (true) {
      for (Path file : mailbox.list()) {
        Optional<EmlFile> mail = readQuietly(file);
        if (mail.isPresent() && mail.get().text().contains(jobId)) {
          return mail.get();
        }
      }
      if (System.nanoTime() > deadline) {
        throw new DemoFailure(
            "no email about job "
                + jobId
                + " in "
                + data.mailbox()
                + " after "
                + MAIL_TIMEOUT.toSeconds()
                + " s (is --data= the runner's data folder?)");
      }
      Thread.sleep(1000);
    }
  }

  private static Optional<EmlFile> readQuietly(Path file) {
    try {
      return Optional.of(EmlFile.read(file));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private void step(int number, String text) {
    out.println(String.format(Locale.ROOT, "%2d. %s", number, text));
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
