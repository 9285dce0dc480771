package org.svcat.core.sheet;

import com.github.pjfanning.xlsx.StreamingReader;
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
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.svcat.core.Progress;
import org.svcat.core.io.UnusableFileException;

/**
 * Reads spreadsheets as {@link Table}s: .xlsx streamed with excel-streaming-reader and legacy .xls
 * with Apache POI (merged cells spread over the cells they cover), .csv with Apache Commons CSV in
 * UTF-8 (with or without BOM) or GB18030/GBK, which Chinese Excel writes.
 */
public final class TableReader {
  /**
   * Bounds that keep a hostile workbook from exhausting memory. The rows are as many as a
   * workbook's sheet holds (1,048,576, the bound export writes to), so an .xlsx file within them is
   * never refused.
   */
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private static final int MAX_COLUMNS = 512;

  private TableReader() {}

  /** Every sheet of {@code file} (one for a CSV). */
  public static List<Table> read(Path file) throws IOException {
    return read(file, Progress.NONE);
  }

  /** {@link #read(Path)}, telling {@code progress} the rows of a workbook read so far. */
  public static List<Table> read(Path file, Progress progress) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return List.of(csv(file));
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return workbook(file, progress);
    }
    throw new UnusableFileException("error.not-a-workbook", file, 0, 0, null, null);
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
      throw new UnusableFileException("error.not-a-workbook", file, 0, 0, e.getMessage(), e);
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

  /**
   * The sheets of an .xlsx workbook read as a stream of rows (a provincial workbook, 280,000
   * material rows, is over POI's 100 MB limit on a part it reads whole, and would not fit in memory
   * as POI's objects), or of a legacy .xls one (at most 65,536 rows a sheet) through POI's object
   * model. The file's first bytes decide, not its name: offices rename one to the other.
   */
  private static List<Table> workbook(Path file, Progress progress) throws IOException {
    List<Table> tables = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
      throw new UnusableFileException("error.not-a-workbook", file, 0, 0, null, null);
    }
    try (Workbook workbook =
        magic == FileMagic.OOXML
            ? StreamingReader.builder().rowCacheSize(100).bufferSize(8192).open(file.toFile())
            : WorkbookFactory.create(file.toFile(), null, true)) {
      long[] rows = {0};
      for (Sheet sheet : workbook) {
        tables.add(table(file, sheet, formatter, () -> progress.update(++rows[0], -1)));
      }
    } catch (RuntimeException e) {
      throw new UnusableFileException("error.not-a-workbook", file, 0, 0, reason(e), e);
    }
    return tables;
  }

  /**
   * What went wrong, in one line: the innermost cause's message, where the streaming reader's own
   * says only "Error reading XML stream" (for a zip bomb, say).
   */
  private static String reason(Throwable e) {
    String root = ExceptionUtils.getRootCause(e).getMessage();
    String message =
        String.valueOf(root != null ? root : e.getMessage()).replaceAll("\\s+", " ").strip();
    return message.length() <= 300 ? message : message.substring(0, 300) + "…";
  }

  /** The rows of {@code sheet}, in order, with a blank row for each row the sheet leaves out. */
  private static Table table(Path file, Sheet sheet, DataFormatter formatter, Runnable rowRead)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    Set<String> numeric = new HashSet<>();
    for (Row row : sheet) {
      int r = row.getRowNum();
      if (r >= MAX_ROWS) {
        throw new IOException(
            file + ": sheet " + sheet.getSheetName() + " has more than " + MAX_ROWS + " rows");
      }
      List<String> cells = new ArrayList<>();
      for (Cell cell : row) {
        int c = cell.getColumnIndex();
        if (c >= MAX_COLUMNS) {
          continue;
        }
        put(cells, c, text(cell, formatter), () -> "");
        if (cell.getCellType() == CellType.NUMERIC) {
          numeric.add(r + ":" + c);
        }
      }
      put(rows, r, cells, ArrayList::new);
      rowRead.run();
    }
    spreadMerged(sheet, rows);
    return new Table(sheet.getSheetName(), rows, numeric);
  }

  /**
   * Sets {@code list[index]}, first filling the gap with blanks (a file written out of order gets
   * the last of what it says for a place, as POI's object model does).
   */
  private static <T> void put(List<T> list, int index, T value, Supplier<T> blank) {
    while (list.size() < index) {
      list.add(blank.get());
    }
    if (index < list.size()) {
      list.set(index, value);
    } else {
      list.add(value);
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell.getCellType() == CellType.STRING) {
      // what the formatter gives, without the rich text object it makes of each (a fifth of
      // reading)
      return cell.getStringCellValue();
    }
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
