package org.svcat.core.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads spreadsheets as {@link Table}s: .xlsx with Apache POI (merged cells spread over the cells
 * they cover), .csv with Apache Commons CSV in UTF-8 (with or without BOM) or GB18030/GBK, which
 * Chinese Excel writes.
 */
public final class TableReader {
  /** Bounds that keep a hostile workbook from exhausting memory. */
  private static final int MAX_ROWS = 500_000;

  private static final int MAX_COLUMNS = 512;

  private TableReader() {}

  /** Every sheet of {@code file} (one for a CSV). */
  public static List<Table> read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return List.of(csv(file));
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return workbook(file);
    }
    throw new IOException(file + ": only .xlsx and .csv workbooks can be imported");
  }

  private static Table csv(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = decode(bytes);
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get()) {
      for (CSVRecord record : parser) {
        if (rows.size() >= MAX_ROWS) {
          throw new IOException(file + ": more than " + MAX_ROWS + " rows");
        }
        List<String> row = new ArrayList<>();
        record.forEach(v -> row.add(unprotect(v)));
        rows.add(row);
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(file + ": not a readable CSV file: " + e.getMessage(), e);
    }
    String sheet = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    return new Table(sheet, rows, Set.of());
  }

  /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
  static String decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("GB18030"));
    }
  }

  /** Undoes the formula protection of svcat's CSV export ('=1 was written for =1). */
  static String unprotect(String value) {
    if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
      return value.substring(1);
    }
    return value;
  }

  private static List<Table> workbook(Path file) throws IOException {
    List<Table> tables = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      for (Sheet sheet : workbook) {
        List<List<String>> rows = new ArrayList<>();
        Set<String> numeric = new HashSet<>();
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
        for (int r = 0; r <= last; r++) {
          Row row = sheet.getRow(r);
          List<String> cells = new ArrayList<>();
          if (row != null) {
            int lastCell = Math.min(row.getLastCellNum(), MAX_COLUMNS);
            for (int c = 0; c < lastCell; c++) {
              Cell cell = row.getCell(c);
              cells.add(cell == null ? "" : text(cell, formatter));
              if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                numeric.add(r + ":" + c);
              }
            }
          }
          rows.add(cells);
        }
        spreadMerged(sheet, rows);
        tables.add(new Table(sheet.getSheetName(), rows, numeric));
      }
    } catch (RuntimeException e) {
      throw new IOException(file + ": not a readable workbook: " + e.getMessage(), e);
    }
    return tables;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell.getCellType() == CellType.NUMERIC) {
      BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
      return value.toPlainString();
    }
    if (cell.getCellType() == CellType.FORMULA) {
      return formatter.formatCellValue(cell).strip();
    }
    return formatter.formatCellValue(cell);
  }

  /** Gives every cell of a merged region the region's value. */
  private static void spreadMerged(Sheet sheet, List<List<String>> rows) {
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.getFirstRow() >= rows.size()) {
        continue;
      }
      List<String> first = rows.get(region.getFirstRow());
      String value =
          region.getFirstColumn() < first.size() ? first.get(region.getFirstColumn()) : "";
      for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
        List<String> row = rows.get(r);
        for (int c = region.getFirstColumn();
            c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
            c++) {
          while (row.size() <= c) {
            row.add("");
          }
          row.set(c, value);
        }
      }
    }
  }
}
