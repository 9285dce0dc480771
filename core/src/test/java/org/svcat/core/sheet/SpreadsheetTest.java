package org.svcat.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.format.CatalogFormatter;
import org.svcat.core.io.UnusableFileException;
import org.svcat.core.load.LoadResult;
import org.svcat.core.report.ReportGoldenTest;
import org.svcat.core.testing.Fixtures;

/** Workbooks in and out: the round trip, an office's own workbook, GBK CSV, fmt. */
class SpreadsheetTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path temp;

  private static Path reference() {
    return Fixtures.repositoryRoot().resolve("catalog");
  }

  /**
   * Export counts the rows it writes of all; import the rows it reads, then the items it writes.
   */
  @Test
  void exportAndImportTellTheirProgressAndEndComplete() throws IOException {
    LoadResult original = SVCAT.load(reference(), ValidateOptions.DEFAULT);
    Path workbook = temp.resolve("wuhou.xlsx");
    List<long[]> exported = new ArrayList<>();
    CatalogExporter.xlsx(
        original.catalog(),
        null,
        workbook,
        (done, total) -> exported.add(new long[] {done, total}));
    long rows = 0;
    for (Table table : TableReader.read(workbook)) {
      rows += table.rows().size() - 1; // the header row is not counted
    }
    assertThat(exported).hasSize((int) rows + 1).allMatch(u -> u[1] == exported.get(0)[1]);
    assertThat(exported.get(exported.size() - 1)).containsExactly(rows, rows);

    List<long[]> imported = new ArrayList<>();
    CatalogImporter.importInto(
        workbook,
        temp.resolve("imported"),
        ImportMapping.defaults(),
        "en",
        (done, total) -> imported.add(new long[] {done, total}));
    assertThat(imported.get(0))
        .as("the first row read, of a total not known")
        .containsExactly(1, -1);
    assertThat(imported).filteredOn(u -> u[1] < 0).hasSize((int) rows + SheetColumns.ALL.size());
    assertThat(imported.get(imported.size() - 1)).containsExactly(31, 31);
  }

  @Test
  void exportThenImportIntoAnEmptyDirectoryIsTheSameCatalog() throws IOException {
    LoadResult original = SVCAT.load(reference(), ValidateOptions.DEFAULT);
    Path workbook = temp.resolve("out/wuhou.xlsx");
    CatalogExporter.xlsx(original.catalog(), null, workbook);
    assertThat(CatalogExporter.copyForms(original.catalog(), reference(), workbook)).isEqualTo(2);

    Path imported = temp.resolve("imported");
    CatalogImporter.Result result =
        CatalogImporter.importInto(workbook, imported, ImportMapping.defaults(), "en");
    assertThat(result.problems()).isEmpty();
    assertThat(result.items()).isEqualTo(31);
    assertThat(SVCAT.validate(imported, ValidateOptions.DEFAULT).findings()).isEmpty();
    assertThat(SVCAT.diff(reference(), imported, ValidateOptions.DEFAULT).changes()).isEmpty();
    assertThat(Files.readString(imported.resolve("items/11510107MB1529310N4000125012000.yaml")))
        .startsWith(
            "# yaml-language-server: $schema=../schemas/item.schema.json\ncode: \"11510107MB1529310N4000125012000\"");

    CatalogImporter.Result again =
        CatalogImporter.importInto(workbook, imported, ImportMapping.defaults(), "en");
    assertThat(again.written()).isEmpty();
    CatalogImporter.Result over =
        CatalogImporter.importInto(workbook, copyOfReference(), ImportMapping.defaults(), "en");
    assertThat(over.written()).as("re-importing over the hand-written catalog").isEmpty();
  }

  /**
   * Import over a catalog rewrites a changed item keeping its comments by their keys; a comment by
   * a field the workbook emptied is dropped and the file named, not lost in silence.
   */
  @Test
  void importOverACatalogKeepsCommentsByTheirKeysAndNamesEachItDrops() throws IOException {
    Path copy = copyOfReference();
    Path food = copy.resolve("items/market/food-business-licence.yaml");
    Path company = copy.resolve("items/market/company-registration.yaml");
    Path subsidies = copy.resolve("items/civil/disability-subsidies.yaml");
    Files.writeString(food, Files.readString(food).replace("visits: 1\n", "visits: 1  # 需现场核验\n"));
    Files.writeString(company, Files.readString(company) + "# 备注：不变\n");
    Files.writeString(
        subsidies,
        Files.readString(subsidies)
            .replace("department: 区民政局\n", "department: 区民政局  # 待调整\n")
            .replace("visits: 0\n", "visits: 0  # 全程网办\n"));
    String subsidiesCode =
        SVCAT.load(copy, ValidateOptions.DEFAULT).catalog().items().stream()
            .filter(i -> i.name().equals("困难残疾人生活补贴和重度残疾人护理补贴申请"))
            .findFirst()
            .orElseThrow()
            .code();
    String companyBefore = Files.readString(company);
    Path workbook = temp.resolve("wuhou.xlsx");
    CatalogExporter.xlsx(SVCAT.load(copy, ValidateOptions.DEFAULT).catalog(), null, workbook);
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      for (var row : book.getSheetAt(0)) {
        boolean ofSubsidies = false;
        for (var cell : row) {
          ofSubsidies |= cell.toString().equals(subsidiesCode);
        }
        for (var cell : row) {
          if (cell.toString().equals("食品经营许可")) {
            cell.setCellValue("食品经营许可（告知承诺）");
          } else if (ofSubsidies && cell.toString().equals("区民政局")) {
            cell.setBlank();
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(temp.resolve("edited.xlsx"))) {
        book.write(out);
      }
    }

    CatalogImporter.Result result =
        CatalogImporter.importInto(
            temp.resolve("edited.xlsx"), copy, ImportMapping.defaults(), "en");

    assertThat(result.problems()).isEmpty();
    assertThat(result.written())
        .containsExactly(
            "items/civil/disability-subsidies.yaml", "items/market/food-business-licence.yaml");
    assertThat(result.commentsDropped()).isEmpty();
    assertThat(result.droppedComments())
        .containsExactly(
            new CatalogImporter.DroppedComment(
                "items/civil/disability-subsidies.yaml", 10, "# 待调整"));
    assertThat(Files.readString(food))
        .contains("name: 食品经营许可（告知承诺）\n")
        .contains("visits: 1  # 需现场核验\n");
    assertThat(Files.readString(subsidies))
        .doesNotContain("department")
        .doesNotContain("待调整")
        .contains("visits: 0  # 全程网办\n");
    assertThat(Files.readString(company)).isEqualTo(companyBefore);
  }

  /**
   * A column whose header names no field (a header typed otherwise than the exchange schema, or a
   * second column for a field) is said to be unread instead of being dropped without a word; an
   * empty one, and 序号, are not.
   */
  @Test
  void columnsWithDataThatNoFieldIsReadFromAreNamed() throws IOException {
    Path copy = copyOfReference();
    Path csv = temp.resolve("items.csv");
    CatalogExporter.csv(SVCAT.load(copy, ValidateOptions.DEFAULT).catalog(), csv);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> edited = new ArrayList<>();
    String header = lines.get(0).replace("\uFEFF", "").replace("必须现场办理原因说明", "现场原因");
    edited.add("序号," + header + ",咨询电话,备注");
    for (int i = 1; i < lines.size(); i++) {
      edited.add(i + "," + lines.get(i) + ",028-12345678,");
    }
    Files.write(csv, edited, StandardCharsets.UTF_8);

    CatalogImporter.Result result =
        CatalogImporter.importInto(csv, temp.resolve("out"), ImportMapping.defaults(), "en");

    assertThat(result.unreadColumns())
        .extracting(c -> c.header() + " " + c.column())
        .containsExactly("现场原因 T", "咨询电话 AI");
  }

  /**
   * A CSV holds the items sheet alone: imported over the catalog, it is silent about materials and
   * situations, and each item keeps its own instead of losing them.
   */
  @Test
  void anItemsOnlyCsvOverACatalogKeepsEachItemsMaterialsAndSituations() throws IOException {
    Path copy = copyOfReference();
    Path csv = temp.resolve("items.csv");
    CatalogExporter.csv(SVCAT.load(copy, ValidateOptions.DEFAULT).catalog(), csv);
    String edited =
        Files.readString(csv, StandardCharsets.UTF_8).replace("食品经营许可,", "食品经营许可（告知承诺）,");
    Files.writeString(csv, edited, StandardCharsets.UTF_8);

    CatalogImporter.Result result =
        CatalogImporter.importInto(csv, copy, ImportMapping.defaults(), "en");

    assertThat(result.problems()).isEmpty();
    assertThat(result.written()).containsExactly("items/market/food-business-licence.yaml");
    assertThat(result.keptFromCatalog()).containsExactly("材料 (materials)", "情形 (situations)");
    var before = SVCAT.load(reference(), ValidateOptions.DEFAULT).catalog().items();
    var after = SVCAT.load(copy, ValidateOptions.DEFAULT).catalog().items();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).materials()).isEqualTo(before.get(i).materials());
      assertThat(after.get(i).situations()).isEqualTo(before.get(i).situations());
    }
    assertThat(after).anyMatch(i -> i.name().equals("食品经营许可（告知承诺）"));
  }

  /**
   * A workbook from another system has fewer columns: over the catalog, a field it has no column
   * for (the department, the prerequisites, the accepted findings) keeps its value, while a column
   * it has, even with an empty cell, is the workbook's word.
   */
  @Test
  void aWorkbookWithoutAColumnKeepsWhatTheCatalogHasForIt() throws IOException {
    Path copy = copyOfReference();
    Path csv = temp.resolve("items.csv");
    CatalogExporter.csv(SVCAT.load(copy, ValidateOptions.DEFAULT).catalog(), csv);
    List<String> header;
    List<List<String>> rows = new ArrayList<>();
    try (var parser =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
      header = new ArrayList<>(parser.getHeaderNames());
      parser.forEach(r -> rows.add(new ArrayList<>(r.toList())));
    }
    header.set(0, header.get(0).replace("\ufeff", ""));
    int visitReason = header.indexOf("必须现场办理原因说明");
    rows.forEach(r -> r.set(visitReason, "")); // an empty cell in a column the workbook has
    for (String gone : List.of("办理部门", "前置事项", "已接受的问题")) {
      int c = header.indexOf(gone);
      assertThat(c).as(gone).isNotNegative();
      header.remove(c);
      rows.forEach(r -> r.remove(c));
    }
    try (var printer =
        new org.apache.commons.csv.CSVPrinter(
            Files.newBufferedWriter(csv, StandardCharsets.UTF_8),
            org.apache.commons.csv.CSVFormat.DEFAULT)) {
      printer.printRecord(header);
      printer.printRecords(rows);
    }

    CatalogImporter.Result result =
        CatalogImporter.importInto(csv, copy, ImportMapping.defaults(), "en");

    assertThat(result.problems()).isEmpty();
    assertThat(result.keptFromCatalog())
        .containsExactly(
            "办理部门 (department)",
            "材料 (materials)",
            "前置事项 (prerequisites)",
            "情形 (situations)",
            "已接受的问题 (suppress)");
    var before = SVCAT.load(reference(), ValidateOptions.DEFAULT).catalog().items();
    var after = SVCAT.load(copy, ValidateOptions.DEFAULT).catalog().items();
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).department()).isEqualTo(before.get(i).department());
      assertThat(after.get(i).prerequisites()).isEqualTo(before.get(i).prerequisites());
      assertThat(after.get(i).suppress()).isEqualTo(before.get(i).suppress());
      assertThat(after.get(i).visitReason()).as("an empty cell is the workbook's word").isNull();
    }
    assertThat(before).anyMatch(i -> i.visitReason() != null);
    assertThat(before).anyMatch(i -> !i.prerequisites().isEmpty());
  }

  /**
   * The same catalog exported twice gives the same workbook but for its creation time: the same
   * shared strings in the same order, the same sheets (POI wrote the rows it still held in the
   * order of a hash map, which changed the shared strings' order from run to run).
   */
  @Test
  void exportingTwiceGivesTheSameParts() throws IOException {
    LoadResult original = SVCAT.load(reference(), ValidateOptions.DEFAULT);
    Path first = temp.resolve("first.xlsx");
    Path second = temp.resolve("second.xlsx");
    CatalogExporter.xlsx(original.catalog(), List.of(), first);
    CatalogExporter.xlsx(original.catalog(), List.of(), second);

    Map<String, String> parts = parts(first);
    assertThat(parts).containsKeys("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml");
    parts.remove("docProps/core.xml");
    assertThat(parts(second)).containsAllEntriesOf(parts);
  }

  /** The text of each part of a workbook, by name. */
  private static Map<String, String> parts(Path workbook) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (var zip = new ZipFile(workbook.toFile())) {
      for (var entry : Collections.list(zip.entries())) {
        try (var in = zip.getInputStream(entry)) {
          parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }

  private Path copyOfReference() {
    Path copy = temp.resolve("reference-copy");
    Fixtures.copyTree(reference(), copy);
    return copy;
  }

  /** A workbook as an office writes it: a merged title, a two-row header, blank and bad rows. */
  private Path officeWorkbook() throws IOException {
    String[] headers = {
      "序号",
      "实施编码",
      "基本编码",
      "事项名称*",
      "事项类型",
      "行使层级",
      "实施主体",
      "实施主体统一社会信用代码",
      "法定",
      "承诺",
      "办件类型",
      "到办事现场次数",
      "办理形式",
      "服务对象",
      "是否收费",
      "咨询电话",
      "监督投诉电话",
      "设定依据",
      "材料名称",
      "原件份数"
    };
    String market = "成都市武侯区市场监督管理局";
    String credit = "11510107MB1529310N";
    String food = credit + "4000125012000";
    List<String[]> rows =
        List.of(
            new String[] {
              "1",
              food,
              "000125012000",
              "食品经营许可",
              "行政许可",
              "县级",
              market,
              credit,
              "20个工作日",
              "3个工作日",
              "承诺件",
              "1次",
              "窗口办理、电脑端网上办理",
              "企业法人",
              "否",
              "028-85071000",
              "12345",
              "《中华人民共和国食品安全法》｜第三十五条",
              "食品经营许可申请书",
              "1份"
            },
            new String[] {
              "", food, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "营业执照", "0"
            },
            new String[] {},
            new String[] {
              "2",
              credit + "4000125001000",
              "000125001000",
              "企业设立登记",
              "行政许可",
              "县级",
              market,
              credit,
              "３个工作日", // full-width, as a Chinese input method types it: read as 3
              "即办",
              "即办件",
              "0",
              "电脑端网上办理",
              "企业法人、自然人",
              "否",
              "028-85071000",
              "12345",
              "《中华人民共和国市场主体登记管理条例》",
              "",
              ""
            },
            new String[] {
              "3",
              credit + "4000125099000",
              "000125099000",
              "示例许可",
              "行政许可",
              "县级",
              market,
              credit,
              "20个工作日",
              "很快",
              "承诺件",
              "0",
              "电脑端网上办理",
              "企业法人",
              "否",
              "028-85071000",
              "12345",
              "《示例条例》",
              "",
              ""
            },
            new String[] {
              "4",
              credit + "4000125098000",
              "000125098000",
              "",
              "行政许可",
              "县级",
              market,
              credit,
              "20个工作日",
              "5个工作日",
              "承诺件",
              "0",
              "电脑端网上办理",
              "企业法人",
              "否",
              "028-85071000",
              "12345",
              "《示例条例》",
              "",
              ""
            },
            new String[] {
              "5",
              "NUMERIC",
              "000125097000",
              "数字编码的事项",
              "行政许可",
              "县级",
              market,
              credit,
              "20个工作日",
              "5个工作日",
              "承诺件",
              "0",
              "电脑端网上办理",
              "企业法人",
              "否",
              "028-85071000",
              "12345",
              "《示例条例》",
              "",
              ""
            });
    Path file = temp.resolve("office.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("实施清单");
      row(sheet, 0, new String[] {"成都市武侯区政务服务事项实施清单（2026年版）"});
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
      XSSFRow groups = sheet.createRow(1);
      groups.createCell(8).setCellValue("办结时限");
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 8, 9));
      row(sheet, 2, headers);
      for (int r = 0; r < rows.size(); r++) {
        row(sheet, r + 3, rows.get(r));
      }
      sheet.getRow(9).getCell(1).setCellValue(11510107000000000.0);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  private static void row(XSSFSheet sheet, int r, String[] cells) {
    XSSFRow row = sheet.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }

  @Test
  void anOfficesWorkbookGoodRowsInBadRowsReported() throws IOException {
    Path out = temp.resolve("catalog");
    CatalogImporter.Result result =
        CatalogImporter.importInto(officeWorkbook(), out, ImportMapping.defaults(), "en");
    assertThat(result.items()).isEqualTo(2);
    assertThat(result.problems())
        .extracting(CatalogImporter.Problem::toString)
        .containsExactly(
            "实施清单!J8: not a time limit (such as 20个工作日, 15日, 3个月, 即办): 很快",
            "实施清单!D9: required field name (事项名称) is empty",
            "实施清单!B10: 11510107000000000 is stored as a number, so leading zeros may be lost: format the column as text and type the code again");
    assertThat(out.resolve("items/11510107MB1529310N4000125099000.yaml")).doesNotExist();
    assertThat(
            CatalogImporter.importInto(
                    officeWorkbook(), temp.resolve("zh"), ImportMapping.defaults(), "zh")
                .problems())
        .extracting(CatalogImporter.Problem::toString)
        .first()
        .isEqualTo("实施清单!J8: 不是办结时限（应写作 20个工作日、15日、3个月、即办 等）：很快");
    ReportGoldenTest.Golden.assertMatches(
        "import/food.yaml",
        Files.readString(out.resolve("items/11510107MB1529310N4000125012000.yaml")));
    ReportGoldenTest.Golden.assertMatches(
        "import/company.yaml",
        Files.readString(out.resolve("items/11510107MB1529310N4000125001000.yaml")));
    ReportGoldenTest.Golden.assertMatches(
        "import/catalog.yaml", Files.readString(out.resolve("catalog.yaml")));
    assertThat(SVCAT.validate(out, ValidateOptions.DEFAULT).findings())
        .extracting(f -> f.rule())
        .doesNotContain("schema", "yaml-syntax");
  }

  @Test
  void aSheetWithoutTheItemsHeadersIsAProblemNotAnEmptyImport() throws IOException {
    Path file = Files.writeString(temp.resolve("other.csv"), "日期,金额\r\n2026-01-05,100\r\n");
    CatalogImporter.Result result =
        CatalogImporter.importInto(file, temp.resolve("other"), ImportMapping.defaults(), "zh");
    assertThat(result.items()).isZero();
    assertThat(result.problems())
        .extracting(CatalogImporter.Problem::toString)
        .containsExactly("other!A1: 前 10 行中没有包含已知列名的表头行");
  }

  @Test
  void aMappingFileWithAYamlProblemIsRefusedWithItsPlaceInEitherLanguage() throws IOException {
    Path mapping = Files.writeString(temp.resolve("mapping.yaml"), "items:\n  a: 1\n  a: 2\n");
    UnusableFileException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            UnusableFileException.class, () -> ImportMapping.read(mapping));
    assertThat(e.getMessage())
        .isEqualTo(
            mapping
                + ":3:3: not a readable import mapping (a YAML file of sheets, columns and values):"
                + " duplicate key \"a\" (first defined on line 2)");
    assertThat(e.describe(Messages.forLanguage("zh")))
        .isEqualTo(mapping + ":3:3: 无法读取的导入映射文件（应为列出工作表、列和取值的 YAML 文件）：重复的键“a”（第 2 行已定义）");
  }

  /** A mapping that would silently do nothing (a typo, an unknown field) is refused where it is. */
  @Test
  void aMappingFileWithAKeyOrFieldSvcatDoesNotKnowIsRefusedWhereItStands() throws IOException {
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put(
        "value:\n  handling: {即办: 即办件}\n",
        ":1:1: unknown key “value”; the keys here are: items, materials, situations, directory,"
            + " bundles, dictionary, calendars, meta, values");
    refused.put(
        "items:\n  colums: {a: name}\n",
        ":2:3: unknown key “colums”; the keys here are: sheet, columns");
    refused.put(
        "items:\n  columns: {办理时限: deadline.promise}\n",
        ":2:19: “deadline.promise” is not a field of items; its fields are: ");
    refused.put(
        "values:\n  handlng: {即办: 即办件}\n",
        ":2:3: “handlng” is not a field of values; its fields are: ");
    refused.put(
        "items:\n  columns: {办理时限: 3}\n", ":2:19: “3” is not a field of items; its fields are: ");
    refused.put("items:\n  columns: [a, b]\n", ":2:12: “columns” must be a mapping (key: value)");
    refused.put("items:\n  sheet: [实施清单]\n", ":2:10: “sheet” must be a single value (text)");
    refused.put("values:\n  handling: {即办: [即办件]}\n", ":2:18: “即办” must be a single value (text)");
    for (var c : refused.entrySet()) {
      Path mapping = Files.writeString(temp.resolve("mapping.yaml"), c.getKey());
      UnusableFileException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              UnusableFileException.class, () -> ImportMapping.read(mapping));
      assertThat(e).as(c.getKey()).isNotNull();
      assertThat(e.getMessage())
          .as(c.getKey())
          .startsWith(
              mapping
                  + c.getValue().substring(0, c.getValue().indexOf(' '))
                  + " not a readable import mapping (a YAML file of sheets, columns and values): "
                  + c.getValue().substring(c.getValue().indexOf(' ') + 1));
    }
    Path typo = Files.writeString(temp.resolve("mapping.yaml"), "value: {}\n");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    UnusableFileException.class, () -> ImportMapping.read(typo))
                .describe(Messages.forLanguage("zh")))
        .endsWith(
            "未知的键“value”；此处可用的键：items, materials, situations, directory, bundles, dictionary, calendars, meta, values");
  }

  @Test
  void aGbkCsvWithAMappingFile() throws IOException {
    String csv =
        "事项编码,基本编码,名称,事项类型,行使层级,实施机构,统一社会信用代码,法定时限,承诺时限,办件类型,跑动次数,办理形式,服务对象,是否收费,咨询电话,投诉电话,实施依据\r\n"
            + "11510107MB1529310N4000125012000,000125012000,食品经营许可,行政许可,区县级,成都市武侯区市场监督管理局,"
            + "11510107MB1529310N,20工作日,15日,承诺,0,网办,企业法人,否,028-85071000,12345,《中华人民共和国食品安全法》\r\n";
    Path file = temp.resolve("清单.csv");
    Files.write(file, csv.getBytes(Charset.forName("GBK")));
    Path mapping =
        Files.writeString(
            temp.resolve("mapping.yaml"),
            "items:\n  columns: {名称: name, 投诉电话: contacts.complaint}\nvalues:\n  channels: {网办: 电脑端网上办理}\n",
            StandardCharsets.UTF_8);
    Path out = temp.resolve("gbk");
    CatalogImporter.Result result =
        CatalogImporter.importInto(file, out, ImportMapping.read(mapping), "zh");
    assertThat(result.problems()).isEmpty();
    String yaml = Files.readString(out.resolve("items/11510107MB1529310N4000125012000.yaml"));
    assertThat(yaml).contains("title: 《中华人民共和国食品安全法》");
    assertThat(yaml)
        .contains(
            "name: 食品经营许可",
            "level: 县级",
            "handling: 承诺件",
            "legal: {value: 20, unit: 工作日}",
            "promised: {value: 15, unit: 自然日}",
            "channels: [电脑端网上办理]");
  }

  @Test
  void csvCellsAreProtectedAgainstFormulasAndReadBack() throws IOException {
    Path copy = copyOfReference();
    Path food = copy.resolve("items/market/food-business-licence.yaml");
    Files.writeString(
        food,
        Files.readString(food)
            .replace("visitReason: 现场核查经营场所", "visitReason: \"=HYPERLINK(\\\"http://x\\\")\""));
    Path csv = temp.resolve("items.csv");
    CatalogExporter.csv(SVCAT.load(copy, ValidateOptions.DEFAULT).catalog(), csv);
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    Path out = temp.resolve("back");
    CatalogImporter.importInto(csv, out, ImportMapping.defaults(), "en");
    assertThat(Files.readString(out.resolve("items/11510107MB1529310N4000125012000.yaml")))
        .contains("visitReason: =HYPERLINK(\"http://x\")");
  }

  @Test
  void fmtCheckFailsOnAReorderedFileAndPassesAfterFmt() throws IOException {
    Path copy = copyOfReference();
    assertThat(CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), true).changed())
        .isEmpty();
    Path food = copy.resolve("items/market/food-business-licence.yaml");
    List<String> lines = Files.readAllLines(food);
    String name = lines.remove(3);
    lines.add(name);
    Files.write(food, lines);
    String reordered = Files.readString(food);
    CatalogFormatter.Result check =
        CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), true);
    assertThat(check.changed()).containsExactly("items/market/food-business-licence.yaml");
    assertThat(Files.readString(food)).isEqualTo(reordered);
    CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), false);
    assertThat(CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), true).changed())
        .isEmpty();
    assertThat(Files.readString(food))
        .isEqualTo(
            Files.readString(reference().resolve("items/market/food-business-licence.yaml")));

    Files.writeString(food, Files.readString(food) + "visits: 2\n");
    CatalogFormatter.Result skipped =
        CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), false);
    assertThat(skipped.skipped()).containsExactly("items/market/food-business-licence.yaml");
    assertThat(Files.readString(food)).endsWith("visits: 2\n");
  }

  /** A Windows checkout (git's core.autocrlf) has CRLF files: formatted, they stay CRLF. */
  @Test
  void fmtKeepsCrlfLineEndsAndAByteOrderMark() throws IOException {
    Path copy = copyOfReference();
    Path food = copy.resolve("items/market/food-business-licence.yaml");
    String lf = Files.readString(food);
    Files.writeString(food, "\uFEFF" + lf.replace("\n", "\r\n"));
    assertThat(CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), true).changed())
        .isEmpty();

    List<String> lines = new ArrayList<>(List.of(lf.split("\n")));
    lines.add(lines.remove(3));
    Files.writeString(food, String.join("\r\n", lines) + "\r\n");
    CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), false);
    assertThat(Files.readString(food)).isEqualTo(lf.replace("\n", "\r\n"));
  }

  /**
   * fmt keeps an officer's comments, each by the key or value it stood by; a file with a comment it
   * cannot keep so is left alone and listed, never stripped.
   */
  @Test
  void fmtKeepsCommentsByTheirKeysOrLeavesTheFileAlone() throws IOException {
    Path copy = copyOfReference();
    // the comment after a prerequisite is fmt's own: this file is formatted as before
    Path subsidies = copy.resolve("items/civil/disability-subsidies.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(subsidies));
    lines.add(lines.remove(3)); // name: moved to the end
    Files.write(subsidies, lines);
    // an officer's notes: one on a line of its own, one after a value, one after a list's key
    Path food = copy.resolve("items/market/food-business-licence.yaml");
    String tidy = Files.readString(food);
    String noted =
        tidy.replace("visits: 1\n", "# 备注：现场核查后发证\nvisits: 1  # 需现场核验\n")
            .replace("conditions:\n", "conditions:  # 见办事指南\n");
    Files.writeString(food, noted.replaceFirst("(?m)^(name: .*\n)(.*\n)", "$2$1"));
    // a note after the authority's nature, which the canonical form leaves out when it is 法定机关
    Path company = copy.resolve("items/market/company-registration.yaml");
    String natured =
        Files.readString(company)
            .replaceFirst("(?m)^(  creditCode: .*\n)", "$1  nature: 法定机关  # 默认值\n");
    Files.writeString(company, natured);

    CatalogFormatter.Result result =
        CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), false);

    assertThat(result.changed())
        .containsExactly(
            "items/civil/disability-subsidies.yaml", "items/market/food-business-licence.yaml");
    assertThat(result.commented()).containsExactly("items/market/company-registration.yaml");
    assertThat(result.skipped()).isEmpty();
    assertThat(Files.readString(food)).isEqualTo(noted);
    assertThat(Files.readString(company)).isEqualTo(natured);
    assertThat(Files.readString(subsidies))
        .isEqualTo(Files.readString(reference().resolve("items/civil/disability-subsidies.yaml")));
  }

  /**
   * fmt tells its progress file by file (31 items, 31 directory entries, 3 bundles) and ends
   * complete.
   */
  @Test
  void fmtTellsItsProgressAndEndsComplete() throws IOException {
    List<long[]> updates = new ArrayList<>();

    CatalogFormatter.format(
        SVCAT.load(copyOfReference(), ValidateOptions.DEFAULT),
        true,
        (done, total) -> updates.add(new long[] {done, total}));

    assertThat(updates).hasSize(66).allMatch(u -> u[1] == 65);
    assertThat(updates.stream().mapToLong(u -> u[0]).toArray())
        .containsExactly(LongStream.rangeClosed(0, 65).toArray());
  }

  /** fmt formats a directory entry and a bundle as import writes them, keeping their comments. */
  @Test
  void fmtFormatsDirectoryEntriesAndBundlesToo() throws IOException {
    Path copy = copyOfReference();
    Path entry = copy.resolve("directory/food-business-licence.yaml");
    Path bundle = copy.resolve("bundles/open-company.yaml");
    String entryBefore = Files.readString(entry);
    String bundleBefore = Files.readString(bundle);
    List<String> lines = new ArrayList<>(List.of(entryBefore.split("\n")));
    lines.add(lines.remove(2)); // the second key last
    Files.writeString(entry, String.join("\n", lines) + "\n");
    String noted = bundleBefore.replace("mode: 并联\n", "mode: 并联  # 同时办理\n");
    Files.writeString(bundle, noted.replaceFirst("(?m)^(id: .*\n)(name: .*\n)", "$2$1"));

    CatalogFormatter.Result result =
        CatalogFormatter.format(SVCAT.load(copy, ValidateOptions.DEFAULT), false);

    assertThat(result.changed())
        .containsExactly("bundles/open-company.yaml", "directory/food-business-licence.yaml");
    assertThat(Files.readString(entry)).isEqualTo(entryBefore);
    assertThat(Files.readString(bundle)).isEqualTo(noted);
  }
}
