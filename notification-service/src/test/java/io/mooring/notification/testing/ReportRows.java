package io.mooring.notification.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a report back with POI: each sheet as rows of cell texts (as Excel would show them). */
public final class ReportRows {
  private final XSSFWorkbook workbook;

  private ReportRows(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  public static ReportRows of(byte[] xlsx) throws IOException {
    return new ReportRows(new XSSFWorkbook(new ByteArrayInputStream(xlsx)));
  }

  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** All rows of a sheet, header included. */
  public List<List<String>> rows(String sheetName) {
    Sheet sheet = workbook.getSheet(sheetName);
    DataFormatter formatter = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A label's value on the summary sheet (column B next to the label in column A). */
  public String summaryValue(String sheetName, String label) {
    return rows(sheetName).stream()
        .filter(row -> !row.isEmpty() && row.get(0).equals(label))
        .map(row -> row.size() > 1 ? row.get(1) : "")
        .findFirst()
        .orElseThrow(() -> new AssertionError("no summary row " + label));
  }
}
