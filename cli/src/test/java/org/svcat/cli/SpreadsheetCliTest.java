package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;

/** export, import and fmt as an office runs them. */
class SpreadsheetCliTest {
  @TempDir Path temp;

  @Test
  void exportImportRoundTripAndFmt() throws IOException {
    Path workbook = temp.resolve("wb/清单.xlsx");
    Run export =
        CliRunner.run(
            "export",
            CliRunner.catalog(),
            "--output",
            workbook.toString(),
            "--with-findings",
            "--lang",
            "en");
    assertThat(export.code()).isZero();
    assertThat(export.out()).contains("31 item(s) exported");
    Path out = temp.resolve("imported");
    Run imported =
        CliRunner.run("import", workbook.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(imported.code()).as(imported.out()).isZero();
    assertThat(imported.out()).contains("31 item(s) imported").contains("0 problem(s)");
    assertThat(CliRunner.run("validate", out.toString()).code()).isZero();
    assertThat(CliRunner.run("diff", CliRunner.catalog(), out.toString()).out())
        .contains("0 ERR, 0 WARN, 0 INFO");

    assertThat(CliRunner.run("fmt", "--check", out.toString()).code()).isZero();
    Path food = out.resolve("items/11510107MB1529310N4000125012000.yaml");
    String text = Files.readString(food);
    Files.writeString(food, text.replace("level: 县级\n", "") + "level: 县级\n");
    Run check = CliRunner.run("fmt", "--check", out.toString(), "--lang", "en");
    assertThat(check.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(check.out()).contains("would reformat: items/11510107MB1529310N4000125012000.yaml");
    assertThat(CliRunner.run("fmt", out.toString()).code()).isZero();
    assertThat(Files.readString(food)).isEqualTo(text);
    assertThat(CliRunner.run("fmt", "--check", out.toString()).code()).isZero();

    Path csv = temp.resolve("items.csv");
    assertThat(
            CliRunner.run(
                    "export", CliRunner.catalog(), "--format", "csv", "--output", csv.toString())
                .code())
        .isZero();
    assertThat(Files.readString(csv)).startsWith("\ufeff实施编码,基本编码,事项名称");
  }

  /** A copy of the reference catalog in temp/catalog, and its items exported to temp/items.csv. */
  private Path exportedCsv() throws IOException {
    Path catalog = temp.resolve("catalog");
    CliRunner.copy(Path.of(CliRunner.catalog()), catalog);
    Path csv = temp.resolve("items.csv");
    CliRunner.run("export", catalog.toString(), "--format", "csv", "--output", csv.toString());
    return csv;
  }

  /** svcat import of {@code csv} over temp/catalog, in {@code language}. */
  private Run importOverCatalog(Path csv, String language) {
    return CliRunner.run(
        "import", csv.toString(), "--out", temp.resolve("catalog").toString(), "--lang", language);
  }

  @Test
  void aCsvImportedOverTheCatalogSaysWhatEachItemKeeps() throws IOException {
    Path csv = exportedCsv();

    Run en = importOverCatalog(csv, "en");
    Run zh = importOverCatalog(csv, "zh");

    assertThat(en.code()).isZero();
    assertThat(en.out()).contains("0 file(s) written, 31 unchanged");
    assertThat(en.err())
        .contains(
            "note: the workbook has nothing for 材料 (materials), 情形 (situations) (no such column"
                + " or sheet): each item imported over the catalog keeps what it has there");
    assertThat(zh.err()).contains("注意：工作簿中没有 材料 (materials), 情形 (situations)（无此列或工作表）");
  }

  /** A column whose header names no field is named on stderr, not dropped without a word. */
  @Test
  void aColumnThatNoFieldIsReadFromIsNamed() throws IOException {
    Path csv = exportedCsv();
    Files.writeString(csv, Files.readString(csv).replaceFirst("必须现场办理原因说明", "现场原因"));

    Run en = importOverCatalog(csv, "en");
    Run zh = importOverCatalog(csv, "zh");

    assertThat(en.code()).isZero();
    assertThat(en.err())
        .contains(
            "note: columns not read, since no field has their name: 现场原因 (sheet items, column"
                + " S); name them as the national exchange schema does, or map them with --mapping"
                + " FILE");
    assertThat(zh.err()).contains("提示：以下列未读取（没有同名字段）：现场原因（items 表 S 列）");
  }

  @Test
  void theFormatFollowsTheFilesNameUnlessGiven() throws IOException {
    Path csv = temp.resolve("清单.csv");
    assertThat(CliRunner.run("export", CliRunner.catalog(), "--output", csv.toString()).code())
        .isZero();
    assertThat(Files.readString(csv)).startsWith("\ufeff实施编码,");
    Path xlsx = temp.resolve("清单.XLSX");
    assertThat(CliRunner.run("export", CliRunner.catalog(), "--output", xlsx.toString()).code())
        .isZero();
    assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');
    Path txt = temp.resolve("清单.txt");
    assertThat(
            CliRunner.run(
                    "export", CliRunner.catalog(), "--format", "csv", "--output", txt.toString())
                .code())
        .isZero();
    assertThat(Files.readString(txt)).startsWith("\ufeff实施编码,");

    Run unknown =
        CliRunner.run(
            "export",
            CliRunner.catalog(),
            "--output",
            temp.resolve("清单.xls").toString(),
            "--lang",
            "zh");
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("无法从文件名").contains("清单.xls").contains("--format");
    assertThat(temp.resolve("清单.xls")).doesNotExist();
  }

  @Test
  void badRowsExitOneAndUsageErrors() throws IOException {
    Path csv = Files.writeString(temp.resolve("bad.csv"), "实施编码,事项名称,承诺办结时限\nX1,示例,很快\n");
    Run run =
        CliRunner.run(
            "import", csv.toString(), "--out", temp.resolve("o").toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("bad row 2 column C: not a time limit");
    assertThat(
            CliRunner.run(
                    "import",
                    temp.resolve("none.xlsx").toString(),
                    "--out",
                    temp.resolve("o").toString())
                .code())
        .isEqualTo(ExitCode.USAGE);
    Path txt = Files.writeString(temp.resolve("x.txt"), "hello");
    assertThat(
            CliRunner.run("import", txt.toString(), "--out", temp.resolve("o").toString()).code())
        .isEqualTo(ExitCode.USAGE);
    Path notes = Files.writeString(temp.resolve("notes.xlsx"), "hello");
    assertThat(
            CliRunner.run(
                "import", notes.toString(), "--out", temp.resolve("o").toString(), "--lang", "zh"))
        .extracting(Run::code, Run::err)
        .containsExactly(ExitCode.USAGE, "svcat: " + notes + ": 无法读取的工作簿（应为 .xlsx、.xls 或 .csv）\n");
  }
}
