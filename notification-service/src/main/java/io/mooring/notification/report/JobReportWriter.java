package io.mooring.notification.report;

import io.mooring.notification.jobs.JobPage;
import io.mooring.notification.jobs.JobRecord;
import io.mooring.notification.jobs.PageOutcome;
import io.mooring.notification.jobs.ReasonCount;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a job's report as .xlsx with POI's streaming workbook: only a window of rows is kept in
 * memory, so 10,000 pages cost little. Sheets: Summary, Failures, and the pages that moved.
 */
public class JobReportWriter {
  public static final String SUMMARY = "Summary";
  public static final String FAILURES = "Failures";
  public static final String MOVED = "Moved";
  public static final String WOULD_MOVE = "Would move";

  static final List<String> FAILURE_COLUMNS =
      List.of(
          "Page id",
          "Page name",
          "Business Manager",
          "Reason code",
          "Reason",
          "Next step",
          "Attempts",
          "Last error (UTC)");
  static final List<String> MOVED_COLUMNS =
      List.of("Page id", "Page name", "Business Manager", "System User id");
  private static final int ROWS_IN_MEMORY = 200;

  /** How many page rows each sheet got. */
  public record Written(int failureRows, int movedRows) {}

  public Written write(
      JobRecord job, Function<PageOutcome, Stream<JobPage>> pages, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      Styles styles = new Styles(workbook);
      Sheet summary = workbook.createSheet(SUMMARY);
      int failureRows;
      try (Stream<JobPage> failed = pages.apply(PageOutcome.FAILED)) {
        failureRows = writeFailures(workbook.createSheet(FAILURES), failed, styles);
      }
      int movedRows;
      try (Stream<JobPage> moved = pages.apply(PageOutcome.MOVED)) {
        movedRows =
            writeMoved(workbook.createSheet(job.dryRun() ? WOULD_MOVE : MOVED), moved, styles);
      }
      Written written = new Written(failureRows, movedRows);
      writeSummary(summary, job, written, styles);
      workbook.write(out);
      return written;
    }
  }

  private static int writeFailures(Sheet sheet, Stream<JobPage> pages, Styles styles) {
    header(sheet, FAILURE_COLUMNS, styles, new int[] {20, 32, 36, 30, 50, 70, 10, 20});
    int[] next = {1};
    pages.forEach(
        page -> {
          Row row = sheet.createRow(next[0]++);
          row.createCell(0).setCellValue(page.pageId());
          row.createCell(1).setCellValue(orEmpty(page.pageName()));
          row.createCell(2).setCellValue(businessManager(page));
          row.createCell(3).setCellValue(page.reason() == null ? "" : page.reason().name());
          row.createCell(4).setCellValue(orEmpty(page.reasonText()));
          row.createCell(5).setCellValue(orEmpty(page.nextStep()));
          row.createCell(6).setCellValue(page.attempts());
          time(row, 7, page.lastErrorAt(), styles);
        });
    filter(sheet, next[0], FAILURE_COLUMNS.size());
    return next[0] - 1;
  }

  private static int writeMoved(Sheet sheet, Stream<JobPage> pages, Styles styles) {
    header(sheet, MOVED_COLUMNS, styles, new int[] {20, 32, 36, 22});
    int[] next = {1};
    pages.forEach(
        page -> {
          Row row = sheet.createRow(next[0]++);
          row.createCell(0).setCellValue(page.pageId());
          row.createCell(1).setCellValue(orEmpty(page.pageName()));
          row.createCell(2).setCellValue(businessManager(page));
          row.createCell(3).setCellValue(orEmpty(page.systemUserId()));
        });
    filter(sheet, next[0], MOVED_COLUMNS.size());
    return next[0] - 1;
  }

  private static void writeSummary(Sheet sheet, JobRecord job, Written written, Styles styles) {
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 50 * 256);
    sheet.setColumnWidth(2, 70 * 256);
    sheet.setColumnWidth(3, 10 * 256);
    int r = 0;
    Row title = sheet.createRow(r++);
    title.createCell(0).setCellValue(job.dryRun() ? "Dry run report" : "Enablement job report");
    title.getCell(0).setCellStyle(styles.bold);
    r++;
    r = pair(sheet, r, "Job", job.jobId(), styles);
    r = pair(sheet, r, "Tenant", job.tenantId(), styles);
    r = pair(sheet, r, "Requested by", requester(job.requestedBy()), styles);
    r = pair(sheet, r, "Dry run", job.dryRun() ? "Yes" : "No", styles);
    time(labelRow(sheet, r++, "Started (UTC)", styles), 1, job.startedAt(), styles);
    time(labelRow(sheet, r++, "Completed (UTC)", styles), 1, job.completedAt(), styles);
    r = count(sheet, r, "Pages in the job", job.totalPages(), styles);
    r = count(sheet, r, job.dryRun() ? "Would move" : "Moved to System User", job.moved(), styles);
    r = count(sheet, r, job.dryRun() ? "Would fail" : "Failed", job.failed(), styles);
    r = count(sheet, r, "Failed pages listed", written.failureRows(), styles);
    r = count(sheet, r, "Moved pages listed", written.movedRows(), styles);
    r++;
    Row reasonsHeader = sheet.createRow(r++);
    List<String> columns = List.of("Reason code", "Reason", "Next step", "Pages");
    for (int c = 0; c < columns.size(); c++) {
      reasonsHeader.createCell(c).setCellValue(columns.get(c));
      reasonsHeader.getCell(c).setCellStyle(styles.header);
    }
    for (ReasonCount reason : job.failuresByReason()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(reason.reason().name());
      row.createCell(1).setCellValue(orEmpty(reason.reasonText()));
      row.createCell(2).setCellValue(orEmpty(reason.nextStep()));
      row.createCell(3).setCellValue(reason.count());
    }
  }

  private static void header(Sheet sheet, List<String> columns, Styles styles, int[] widths) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      header.createCell(c).setCellValue(columns.get(c));
      header.getCell(c).setCellStyle(styles.header);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void filter(Sheet sheet, int rows, int columns) {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
  }

  private static int pair(Sheet sheet, int r, String label, String value, Styles styles) {
    labelRow(sheet, r, label, styles).createCell(1).setCellValue(orEmpty(value));
    return r + 1;
  }

  private static int count(Sheet sheet, int r, String label, int value, Styles styles) {
    labelRow(sheet, r, label, styles).createCell(1).setCellValue(value);
    return r + 1;
  }

  private static Row labelRow(Sheet sheet, int r, String label, Styles styles) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    row.getCell(0).setCellStyle(styles.bold);
    return row;
  }

  private static void time(Row row, int column, Instant instant, Styles styles) {
    if (instant != null) {
      var cell = row.createCell(column);
      cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
      cell.setCellStyle(styles.time);
    }
  }

  private static String businessManager(JobPage page) {
    String name = page.businessManagerName();
    String id = page.businessManagerId();
    if (name == null || name.isBlank()) {
      return orEmpty(id);
    }
    return id == null ? name : name + " (" + id + ")";
  }

  private static String requester(JobRecord.Requester by) {
    if (by == null) {
      return "";
    }
    return by.displayName() == null || by.displayName().isBlank()
        ? by.email()
        : by.displayName() + " <" + by.email() + ">";
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Cell styles are workbook-wide and limited: made once per report, never per cell. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle bold;
    final CellStyle time;

    Styles(SXSSFWorkbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      header = workbook.createCellStyle();
      header.setFont(boldFont);
      time = workbook.createCellStyle();
      time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }
  }
}
