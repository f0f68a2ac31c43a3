package io.mooring.runner.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.runner.demo.BusinessManagerLogin;
import io.mooring.runner.simulator.SimulatorWorld;
import io.mooring.runner.simulator.SimulatorWorld.ClientBusiness;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The main journey on the embedded stack, through the gateway only: connect a Business Manager on
 * the simulator's login page, set up its System User, then a bulk job of about 300 pages with every
 * kind of page that cannot move mixed in, while Meta throttles, fails transiently and refuses some
 * calls. Every page ends moved or failed with its reason and next step, and the job is told once:
 * one completion event, one notification, one email and one report that all agree.
 */
@ExtendWith(EmbeddedStack.class)
class JourneyIT {
  private static final int OWN_PAGES = 250;
  private static final int THROTTLES = 3;
  private static final int TRANSIENT_ERRORS = 4;
  private static final int REFUSALS = 2;
  private static final int POLICY_BLOCKS = 1;

  @Test
  void aBulkJobThroughTheGatewayEndsWithEveryPageAccountedForAndToldOnce(JourneyStack stack)
      throws Exception {
    SimulatorWorld world = stack.world();
    // Business Managers of their own: the demo uses the first, the fault tests the fifth.
    ClientBusiness ready = world.clientBusinesses().get(5);
    ClientBusiness withoutSystemUser = world.clientBusinesses().get(6);
    ClientBusiness expired = world.clientBusinesses().get(7);
    ClientBusiness stranger = world.clientBusinesses().get(8);
    MooringUser ana = stack.logIn("journey", "ana");

    // Connect a Business Manager and set up its System User: the badge and the filter follow.
    BusinessManagerLogin.Connected connected = ana.connect(ready.adminPersonIds().get(0));
    assertThat(connected.businessManagerId()).isEqualTo(ready.id());
    JsonNode systemUser = ana.setUpSystemUser(ready.id());
    assertThat(systemUser.path("systemUserId").asString()).isNotBlank();
    ana.connect(withoutSystemUser.adminPersonIds().get(0));
    ana.connect(expired.adminPersonIds().get(0));
    assertThat(ids(ana.api().businessManagers("systemUserEnabled=true"), "businessManagerId"))
        .containsExactly(ready.id());
    assertThat(ids(ana.api().businessManagers("systemUserEnabled=false"), "businessManagerId"))
        .containsExactlyInAnyOrder(withoutSystemUser.id(), expired.id());
    // The admin who connected this one changes their Facebook password: its token dies.
    stack.simulator().changePassword(expired.adminPersonIds().get(0));

    Map<String, Expected> cannotMove = new LinkedHashMap<>();
    ready.ownedPageIds().stream()
        .filter(world.appPlatformDisabledPages()::contains)
        .forEach(p -> cannotMove.put(p, new Expected(ReasonCode.APP_PLATFORM_DISABLED, ready)));
    withoutSystemUser
        .ownedPageIds()
        .subList(10, 13)
        .forEach(
            p ->
                cannotMove.put(
                    p, new Expected(ReasonCode.SYSTEM_USER_NOT_SET_UP, withoutSystemUser)));
    expired
        .ownedPageIds()
        .subList(10, 13)
        .forEach(p -> cannotMove.put(p, new Expected(ReasonCode.BM_CONNECTION_EXPIRED, expired)));
    // Nobody who still has a working token sees a stranger's page, and one token is dead: Mooring
    // cannot tell, so it asks to reconnect that Business Manager first.
    stranger
        .ownedPageIds()
        .subList(10, 12)
        .forEach(p -> cannotMove.put(p, new Expected(ReasonCode.BM_CONNECTION_EXPIRED, expired)));
    ready.clientPageIds().stream()
        .limit(3)
        .forEach(
            p -> cannotMove.put(p, new Expected(ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED, null)));
    ready.adminPagesWithoutBusiness().stream()
        .limit(3)
        .forEach(p -> cannotMove.put(p, new Expected(ReasonCode.PAGE_NOT_IN_ANY_BUSINESS, null)));
    cannotMove.put(world.nonExistentPageId(), new Expected(ReasonCode.PAGE_NOT_FOUND, null));
    List<String> movable =
        ready.ownedPageIds().stream()
            .filter(p -> !cannotMove.containsKey(p))
            .limit(OWN_PAGES)
            .toList();
    List<String> pageIds = new ArrayList<>(movable);
    pageIds.addAll(cannotMove.keySet());
    java.util.Collections.shuffle(pageIds, new java.util.Random(7));

    // Meta misbehaves while the job runs: each page that meets one of these is retried alone.
    stack.simulator().clearFaults();
    stack.simulator().injectError("assigned_users.create", 80001, THROTTLES);
    stack.simulator().injectError("assigned_users.create", 2, TRANSIENT_ERRORS);
    stack.simulator().injectError("assigned_users.create", 200, REFUSALS);
    stack.simulator().injectError("subscribed_apps.create", 368, POLICY_BLOCKS);
    String jobId;
    CompletedJob done;
    try {
      jobId = ana.startJob(pageIds);
      done = CompletedJob.verify(stack, ana, jobId, pageIds);
      assertThat(stack.simulator().pendingFaults()).as("every injected fault was met").isEmpty();
    } finally {
      stack.simulator().clearFaults();
    }

    // Every page that cannot move failed with its reason, naming the right Business Manager.
    cannotMove.forEach(
        (pageId, expected) -> {
          JsonNode page = done.pages().get(pageId);
          assertThat(page.path("status").asString()).as("status of %s", pageId).isEqualTo("FAILED");
          assertThat(page.path("reason").asString())
              .as("reason of %s", pageId)
              .isEqualTo(expected.reason().name());
          if (expected.businessManager() != null) {
            assertThat(page.path("businessManagerId").asString())
                .as("Business Manager named for %s (%s)", pageId, expected.reason())
                .isEqualTo(expected.businessManager().id());
          }
        });
    done.pages()
        .values()
        .forEach(
            page -> {
              if ("FAILED".equals(page.path("status").asString())) {
                ReasonCode reason = ReasonCode.valueOf(page.path("reason").asString());
                String bmName = page.path("businessManagerName").asString(null);
                assertThat(page.path("nextStep").asString())
                    .as("next step of %s", page.path("pageId").asString())
                    .isEqualTo(reason.nextStep(bmName));
              }
            });
    // Of the movable pages, exactly those Meta refused for good failed; throttled and transient
    // ones were retried until they moved.
    Map<String, Long> movableFailures =
        movable.stream()
            .map(done.pages()::get)
            .filter(p -> "FAILED".equals(p.path("status").asString()))
            .collect(
                Collectors.groupingBy(p -> p.path("reason").asString(), Collectors.counting()));
    assertThat(movableFailures)
        .isEqualTo(
            Map.of(
                ReasonCode.PERMISSION_DENIED.name(), (long) REFUSALS,
                ReasonCode.POLICY_BLOCKED.name(), (long) POLICY_BLOCKS));
    assertThat(done.movedPageIds()).hasSize(movable.size() - REFUSALS - POLICY_BLOCKS);
    assertThat(
            done.pages().values().stream()
                .filter(p -> "MOVED".equals(p.path("status").asString()))
                .mapToInt(p -> p.path("attempts").asInt())
                .sum())
        .as("failed attempts of pages that moved in the end: one per throttle or transient error")
        .isEqualTo(THROTTLES + TRANSIENT_ERRORS);

    // The completion event, the notification and the email agree with the pages.
    assertThat(
            done.completion().failuresByReason().stream()
                .collect(Collectors.toMap(r -> r.reason().name(), r -> (long) r.count())))
        .isEqualTo(
            done.pages().values().stream()
                .filter(p -> "FAILED".equals(p.path("status").asString()))
                .collect(
                    Collectors.groupingBy(
                        p -> p.path("reason").asString(), Collectors.counting())));
    assertThat(done.notification().path("text").asString())
        .contains(done.completion().moved() + " of " + pageIds.size() + " pages moved");

    // The report's rows are the job's pages, with the same reasons and next steps.
    Path report = stack.reports().resolve(jobId + ".xlsx");
    Files.createDirectories(report.getParent());
    ana.api().downloadReport(jobId, report);
    Map<String, List<String>> failureRows = rows(report, "Failures");
    assertThat(failureRows.keySet()).isEqualTo(done.failedPageIds());
    failureRows.forEach(
        (pageId, row) -> {
          JsonNode page = done.pages().get(pageId);
          assertThat(row.get(3))
              .as("reason code of %s", pageId)
              .isEqualTo(page.path("reason").asString());
          assertThat(row.get(5))
              .as("next step of %s", pageId)
              .isEqualTo(page.path("nextStep").asString());
        });
    assertThat(rows(report, "Moved").keySet()).isEqualTo(done.movedPageIds());

    // The pages list's filter shows exactly the pages moved.
    await("the pages projection")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(ids(ana.api().pages("movedToSystemUser=true"), "pageId"))
                    .isEqualTo(done.movedPageIds()));
  }

  private record Expected(ReasonCode reason, ClientBusiness businessManager) {}

  private static Set<String> ids(List<JsonNode> items, String field) {
    return items.stream().map(i -> i.path(field).asString()).collect(Collectors.toSet());
  }

  /** The rows of a sheet under its header, by their first cell (the page id). */
  private static Map<String, List<String>> rows(Path workbookFile, String sheetName)
      throws Exception {
    DataFormatter formatter = new DataFormatter();
    Function<Row, List<String>> cells =
        row -> {
          List<String> values = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(formatter.formatCellValue(row.getCell(c)));
          }
          return values;
        };
    Map<String, List<String>> rows = new HashMap<>();
    try (InputStream in = Files.newInputStream(workbookFile);
        Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(sheetName);
      assertThat(sheet).as("sheet %s", sheetName).isNotNull();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          List<String> values = cells.apply(row);
          assertThat(rows.put(values.get(0), values)).as("one row per page").isNull();
        }
      }
    }
    return rows;
  }
}
