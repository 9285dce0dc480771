package org.svcat.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcat.core.finding.Messages;
import org.svcat.core.io.UnusableFileException;

/** Workbooks read as tables: .xlsx as a stream of rows, legacy .xls through POI's object model. */
class TableReaderTest {
  @TempDir Path temp;

  @Test
  void rowsAndCellsTheFileLeavesOutAreBlankAndTheOthersKeepTheirPlaces() throws IOException {
    Path file = write(new XSSFWorkbook(), "gaps.xlsx");

    Table table = TableReader.read(file).get(0);

    assertThat(table.name()).isEqualTo("清单");
    assertThat(table.rows()).hasSize(4);
    assertThat(table.rows().get(1)).isEmpty();
    assertThat(table.rows().get(2)).isEmpty();
    assertThat(table.rows().get(3)).containsExactly("", "", "第四行第三列");
    assertThat(table.cell(0, 0)).isEqualTo("事项名称");
    assertThat(table.cell(0, 1)).isEqualTo("12");
    assertThat(table.numericCells()).containsExactly("0:1");
  }

  @Test
  void aLegacyXlsWorkbookIsReadWhateverItsFileIsCalled() throws IOException {
    // offices rename .xls files to .xlsx: the first bytes decide how the file is read
    Path file = write(new HSSFWorkbook(), "renamed.xlsx");

    List<Table> tables = TableReader.read(file);

    assertThat(tables).singleElement().satisfies(t -> assertThat(t.cell(3, 2)).isEqualTo("第四行第三列"));
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedWithItsName() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.xlsx"), "not a workbook");

    assertThatThrownBy(() -> TableReader.read(file))
        .isInstanceOfSatisfying(
            UnusableFileException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(file + ": not a readable workbook (.xlsx, .xls or .csv)");
              assertThat(e.describe(Messages.forLanguage("zh")))
                  .isEqualTo(file + ": 无法读取的工作簿（应为 .xlsx、.xls 或 .csv）");
            });
  }

  /** A sheet that inflates to 200 times its packed size is a zip bomb: refused, and said why. */
  @Test
  void aZipBombIsRefusedAndTheMessageSaysWhy() throws IOException {
    Path bomb =
        rewrite(
            "bomb.xlsx",
            "xl/worksheets/",
            xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(4_000_000)));

    assertThatThrownBy(() -> TableReader.read(bomb))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bomb.xlsx: not a readable workbook")
        .hasMessageContaining("Zip bomb detected");
  }

  /**
   * An external entity (XXE) in the shared strings (read with SAX) or in a sheet (read with StAX)
   * would put a local file's content into the catalog: the workbook is refused and the file is not
   * read.
   */
  @ParameterizedTest
  @ValueSource(strings = {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"})
  void anExternalEntityIsNeverResolved(String part) throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "SECRET-CONTENT");
    String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    Path hostile =
        rewrite(
            "xxe.xlsx",
            part,
            xml ->
                xml.replaceFirst("\\?>", "?>" + doctype)
                    .replace("<t>事项名称</t>", "<t>&xxe;</t>")
                    .replace(
                        "</sheetData>",
                        "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                            + "</sheetData>"));

    assertThatThrownBy(() -> TableReader.read(hostile))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("xxe.xlsx: not a readable workbook")
        .hasMessageNotContaining("SECRET-CONTENT");
  }

  /**
   * A copy of a good workbook, named {@code name}, with {@code edit} applied to the text of every
   * part whose name starts with {@code part}.
   */
  private Path rewrite(String name, String part, UnaryOperator<String> edit) throws IOException {
    Path good = write(new XSSFWorkbook(), "good.xlsx");
    Path copy = temp.resolve(name);
    boolean edited = false;
    try (var in = new ZipInputStream(Files.newInputStream(good));
        var out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (entry.getName().startsWith(part)) {
          text = edit.apply(text);
          edited = true;
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    assertThat(edited).as("the workbook has a part " + part).isTrue();
    return copy;
  }

  /** A sheet with a text and a number in its first row, and one cell in its fourth. */
  private Path write(Workbook workbook, String name) throws IOException {
    Path file = temp.resolve(name);
    try (workbook;
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("清单");
      sheet.createRow(0).createCell(0).setCellValue("事项名称");
      sheet.getRow(0).createCell(1).setCellValue(12);
      sheet.createRow(3).createCell(2).setCellValue("第四行第三列");
      workbook.write(out);
    }
    return file;
  }
}
