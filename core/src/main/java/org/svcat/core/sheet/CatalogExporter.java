package org.svcat.core.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.svcat.core.Progress;
import org.svcat.core.finding.Finding;
import org.svcat.core.io.Trees;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.CalendarYear;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.FeeItem;
import org.svcat.core.model.Item;
import org.svcat.core.model.LegalBasis;
import org.svcat.core.model.Material;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.report.CsvCells;
import org.svcat.core.report.TextTable;

/**
 * {@code svcat export}: the catalog as a workbook that {@link CatalogImporter} reads back — one
 * sheet each for items, materials, situations, the basic directory, bundles, the material
 * dictionary, calendars and the catalog's metadata (and findings, when asked), with the headers of
 * {@link SheetColumns}, a frozen header row and fitted column widths. Every cell is text, so codes
 * keep their leading zeros. CSV holds the items sheet alone, protected against formula injection.
 */
public final class CatalogExporter {
  private CatalogExporter() {}

  /** Rows the streaming workbook keeps in memory; older ones go to a temporary file. */
  private static final int ROW_WINDOW = 200;

  /**
   * Writes {@code catalog} as .xlsx; {@code findings} (may be null) become a 问题 sheet. The rows are
   * streamed: only the last {@value #ROW_WINDOW} of a sheet are held in memory, so a provincial
   * catalog fits (holding every cell ran a 100k-item catalog out of 6 GB of heap). The file is
   * replaced in one step: a failure leaves the old workbook, or none.
   */
  public static void xlsx(Catalog catalog, List<Finding> findings, Path file) throws IOException {
    xlsx(catalog, findings, file, Progress.NONE);
  }

  /** {@link #xlsx(Catalog, List, Path)}, telling {@code progress} the rows written of all. */
  public static void xlsx(Catalog catalog, List<Finding> findings, Path file, Progress progress)
      throws IOException {
    long total = findings == null ? 0 : findings.size();
    for (SheetColumns.Sheet sheet : SheetColumns.ALL) {
      total += rowCount(catalog, sheet);
    }
    Rows written = new Rows(progress, total);
    try (SXSSFWorkbook workbook =
        new SXSSFWorkbook(PlainSharedStrings.workbook(), ROW_WINDOW, false, true)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      for (SheetColumns.Sheet sheet : SheetColumns.ALL) {
        List<Map.Entry<String, String>> headers = writtenHeaders(sheet);
        write(
            workbook.createSheet(sheet.name()),
            headers.stream().map(Map.Entry::getKey).toList(),
            rows(catalog, sheet)
                .map(r -> headers.stream().map(h -> r.getOrDefault(h.getValue(), "")).toList())
                .iterator(),
            bold,
            wrap,
            written);
      }
      if (findings != null) {
        write(
            workbook.createSheet("问题"),
            List.of("级别", "规则", "文件", "行", "列", "事项", "说明"),
            findings.stream()
                .map(
                    f ->
                        List.of(
                            f.severity().id(),
                            f.rule(),
                            f.file(),
                            Integer.toString(f.line()),
                            Integer.toString(f.column()),
                            f.item() == null ? "" : f.item(),
                            f.message()))
                .iterator(),
            bold,
            wrap,
            written);
      }
      Trees.writeAtomically(file, workbook::write);
      progress.update(total, total);
    }
  }

  /**
   * Copies the blank forms the materials point to ({@code template}) from the catalog directory to
   * the same relative paths beside {@code workbook}, so that the workbook and its forms travel
   * together and import finds them. Paths that would leave either directory are skipped.
   */
  public static int copyForms(Catalog catalog, Path catalogDir, Path workbook) throws IOException {
    Path target = workbook.toAbsolutePath().getParent();
    int copied = 0;
    for (Item item : catalog.items()) {
      for (Material m : item.materials()) {
        Path from = FormPaths.inside(catalogDir, m.template());
        Path to = FormPaths.inside(target, m.template());
        if (from != null && to != null && Files.isRegularFile(from) && !Files.exists(to)) {
          Files.createDirectories(to.getParent());
          Files.copy(from, to);
          copied++;
        }
      }
    }
    return copied;
  }

  /** Writes the items sheet of {@code catalog} as UTF-8 CSV (with a BOM, so Excel reads it). */
  public static void csv(Catalog catalog, Path file) throws IOException {
    List<Map.Entry<String, String>> headers = writtenHeaders(SheetColumns.ITEMS);
    Trees.writeAtomically(
        file,
        stream -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
          CSVPrinter csv =
              new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
          out.write('\ufeff');
          csv.printRecord(headers.stream().map(Map.Entry::getKey).toList());
          for (Iterator<Map<String, String>> rows = rows(catalog, SheetColumns.ITEMS).iterator();
              rows.hasNext(); ) {
            Map<String, String> row = rows.next();
            csv.printRecord(
                headers.stream()
                    .map(h -> CsvCells.text(row.getOrDefault(h.getValue(), "")))
                    .toList());
          }
          csv.flush();
        });
  }

  /** The headers export writes for a sheet: every field but the flattened material columns. */
  static List<Map.Entry<String, String>> writtenHeaders(SheetColumns.Sheet sheet) {
    return SheetColumns.headers(sheet).stream()
        .filter(h -> !h.getValue().startsWith("material."))
        .toList();
  }

  private static void write(
      SXSSFSheet sheet,
      List<String> headers,
      Iterator<List<String>> rows,
      CellStyle bold,
      CellStyle wrap,
      Rows written)
      throws IOException {
    Row header = sheet.createRow(0);
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      header.createCell(c).setCellValue(headers.get(c));
      header.getCell(c).setCellStyle(bold);
      widths[c] = TextTable.width(headers.get(c));
    }
    for (int r = 1; rows.hasNext(); r++) {
      if (r > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
        throw new IOException(
            "sheet "
                + sheet.getSheetName()
                + " would have more rows than a workbook sheet holds ("
                + SpreadsheetVersion.EXCEL2007.getMaxRows()
                + "): export as csv / 工作表 "
                + sheet.getSheetName()
                + " 的行数超过工作簿上限：请导出为 csv");
      }
      Row row = sheet.createRow(r);
      List<String> cells = rows.next();
      written.one();
      for (int c = 0; c < cells.size(); c++) {
        String value = cells.get(c);
        var cell = row.createCell(c);
        cell.setCellValue(value);
        if (value.contains("\n")) {
          cell.setCellStyle(wrap);
        }
        for (String line : value.split("\n")) {
          widths[c] = Math.max(widths[c], TextTable.width(line));
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
    }
    sheet.createFreezePane(0, 1);
    // the rows still in memory now, not when the workbook is written: POI flushes its sheets then
    // in the order of a hash map, which put the shared strings in another order each run
    sheet.flushRows();
  }

  /** The rows of one sheet as field id → cell text, made as they are read. */
  static Stream<Map<String, String>> rows(Catalog catalog, SheetColumns.Sheet sheet) {
    Stream<Item> items = catalog.items().stream().sorted(Comparator.comparing(Item::code));
    if (sheet == SheetColumns.ITEMS) {
      return items.map(CatalogExporter::item);
    } else if (sheet == SheetColumns.MATERIALS) {
      return items.flatMap(i -> i.materials().stream().map(m -> material(i, m)));
    } else if (sheet == SheetColumns.SITUATIONS) {
      return items.flatMap(
          i ->
              i.situations().stream()
                  .map(
                      s ->
                          Map.of(
                              "code",
                              i.code(),
                              "id",
                              s.id(),
                              "name",
                              s.name(),
                              "materials",
                              Cells.list(s.materials()),
                              "promised",
                              Cells.limit(s.promised()))));
    } else if (sheet == SheetColumns.DIRECTORY) {
      return catalog.directory().stream()
          .sorted(Comparator.comparing(DirectoryEntry::basicCode))
          .map(
              e ->
                  Map.of(
                      "basicCode",
                      e.basicCode(),
                      "name",
                      e.name(),
                      "type",
                      e.type().label(),
                      "levels",
                      labels(e.levels()),
                      "legalBasis",
                      legalBasis(e.legalBasis()),
                      "status",
                      e.status().label()));
    } else if (sheet == SheetColumns.BUNDLES) {
      return catalog.bundles().stream()
          .sorted(Comparator.comparing(Bundle::id))
          .map(
              b ->
                  Map.of(
                      "id",
                      b.id(),
                      "name",
                      b.name(),
                      "mode",
                      b.mode().label(),
                      "items",
                      Cells.lines(b.items()),
                      "promised",
                      Cells.limit(b.promised()),
                      "leadAuthority",
                      orEmpty(b.leadAuthority())));
    } else if (sheet == SheetColumns.DICTIONARY) {
      return new TreeMap<>(catalog.materials()).values().stream().map(CatalogExporter::shared);
    } else if (sheet == SheetColumns.CALENDARS) {
      return catalog.calendars().stream()
          .sorted(Comparator.comparingInt(CalendarYear::year))
          .map(
              c ->
                  Map.of(
                      "year", Integer.toString(c.year()),
                      "rest", Cells.list(c.rest().stream().map(Object::toString).toList()),
                      "work", Cells.list(c.work().stream().map(Object::toString).toList())));
    }
    var m = catalog.meta();
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", m.id());
    r.put("title", m.title());
    r.put("region", m.region());
    r.put("version", m.version());
    r.put("language", m.language());
    r.put("codeScheme", m.codeScheme());
    return Stream.of(r);
  }

  /** How many rows {@link #rows} makes for {@code sheet}, without making them. */
  private static long rowCount(Catalog catalog, SheetColumns.Sheet sheet) {
    if (sheet == SheetColumns.ITEMS) {
      return catalog.items().size();
    } else if (sheet == SheetColumns.MATERIALS) {
      return catalog.items().stream().mapToLong(i -> i.materials().size()).sum();
    } else if (sheet == SheetColumns.SITUATIONS) {
      return catalog.items().stream().mapToLong(i -> i.situations().size()).sum();
    } else if (sheet == SheetColumns.DIRECTORY) {
      return catalog.directory().size();
    } else if (sheet == SheetColumns.BUNDLES) {
      return catalog.bundles().size();
    } else if (sheet == SheetColumns.DICTIONARY) {
      return catalog.materials().size();
    } else if (sheet == SheetColumns.CALENDARS) {
      return catalog.calendars().size();
    }
    return 1;
  }

  /** The rows written so far of {@code total}, told to a progress bar. */
  private static final class Rows {
    private final Progress progress;
    private final long total;
    private long done;

    Rows(Progress progress, long total) {
      this.progress = progress;
      this.total = total;
    }

    void one() {
      progress.update(++done, total);
    }
  }

  private static Map<String, String> material(Item i, Material m) {
    Map<String, String> r = new HashMap<>();
    r.put("code", i.code());
    r.put("id", m.id());
    r.put("name", m.name());
    r.put("necessity", m.necessity().label());
    r.put("condition", orEmpty(m.condition()));
    r.put("forms", labels(m.forms()));
    r.put("originals", Integer.toString(m.originals()));
    r.put("copies", Integer.toString(m.copies()));
    r.put("source", m.source() == null ? "" : m.source().label());
    r.put("issuer", orEmpty(m.issuer()));
    r.put("shared", Cells.bool(m.shared()));
    r.put("ref", orEmpty(m.ref()));
    r.put("template", orEmpty(m.template()));
    r.put("basis", orEmpty(m.basis()));
    return r;
  }

  private static Map<String, String> shared(SharedMaterial m) {
    Map<String, String> r = new HashMap<>();
    r.put("ref", m.ref());
    r.put("name", m.name());
    r.put("source", m.source() == null ? "" : m.source().label());
    r.put("issuer", orEmpty(m.issuer()));
    r.put("shared", Cells.bool(m.shared()));
    r.put("forms", labels(m.forms()));
    r.put("basis", orEmpty(m.basis()));
    return r;
  }

  private static Map<String, String> item(Item i) {
    Map<String, String> r = new HashMap<>();
    r.put("code", i.code());
    r.put("basicCode", i.basicCode());
    r.put("name", i.name());
    r.put("type", i.type().label());
    r.put("level", i.level().label());
    r.put("authority.name", i.authority().name());
    r.put("authority.creditCode", i.authority().creditCode());
    r.put("authority.nature", i.authority().nature().label());
    r.put("department", orEmpty(i.department()));
    r.put("legalBasis", legalBasis(i.legalBasis()));
    r.put("serviceObjects", labels(i.serviceObjects()));
    r.put("conditions", Cells.lines(i.conditions()));
    r.put("handling", i.handling().label());
    if (i.deadline().legal() != null) {
      r.put("deadline.legal", Cells.limit(i.deadline().legal()));
      r.put("deadline.legal.basis", orEmpty(i.deadline().legal().basis()));
    }
    r.put(
        "deadline.promised",
        Cells.join(Cells.limit(i.deadline().promised()), i.deadline().promised().basis()));
    r.put(
        "deadline.specialProcedures",
        Cells.lines(
            i.deadline().specialProcedures().stream()
                .map(p -> Cells.join(p.name(), Cells.limit(p.limit())))
                .toList()));
    r.put("visits", Integer.toString(i.visits()));
    r.put("visitReason", orEmpty(i.visitReason()));
    r.put("channels", labels(i.channels()));
    r.put("onlineDepth", labels(i.onlineDepth()));
    r.put("fees.charged", Cells.bool(i.fees().charged()));
    r.put("fees.items", Cells.lines(i.fees().items().stream().map(CatalogExporter::fee).toList()));
    r.put(
        "fees.onlinePayment",
        i.fees().onlinePayment() == null ? "" : Cells.bool(i.fees().onlinePayment()));
    r.put("prerequisites", Cells.lines(i.prerequisites()));
    r.put("coHandlers", Cells.lines(i.coHandlers()));
    r.put("result.name", i.result() == null ? "" : i.result().name());
    r.put("result.type", i.result() == null ? "" : i.result().type().label());
    r.put("contacts.consult", Cells.list(i.contacts().consult()));
    r.put("contacts.complaint", Cells.list(i.contacts().complaint()));
    r.put("status", i.status().label());
    r.put("effectiveFrom", orEmpty(i.effectiveFrom()));
    r.put(
        "suppress",
        Cells.lines(i.suppress().stream().map(s -> Cells.join(s.rule(), s.reason())).toList()));
    return r;
  }

  private static String fee(FeeItem f) {
    return Cells.join(
        f.name(),
        f.standard(),
        f.amountText(),
        orEmpty(f.basis()),
        f.waivable() == null ? "" : Cells.bool(f.waivable()));
  }

  private static String legalBasis(List<LegalBasis> bases) {
    return Cells.lines(
        bases.stream().map(b -> Cells.join(b.title(), b.article(), b.text())).toList());
  }

  private static String labels(List<? extends CodedLabel> values) {
    return Cells.list(values.stream().map(CodedLabel::label).toList());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
