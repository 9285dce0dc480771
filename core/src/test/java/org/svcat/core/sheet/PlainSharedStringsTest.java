package org.svcat.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared strings of an exported workbook, looked up by their text when it is plain. */
class PlainSharedStringsTest {
  @Test
  void theWorkbookKeepsItsStringsInAPlainSharedStringsTable() throws Exception {
    try (XSSFWorkbook workbook = PlainSharedStrings.workbook()) {
      assertThat(workbook.getSharedStringSource()).isInstanceOf(PlainSharedStrings.class);
    }
  }

  @Test
  void aPlainTextIsStoredOnceAndEachOtherTextHasItsOwnEntry() {
    SharedStringsTable table = new PlainSharedStrings();

    int first = table.addSharedStringItem(new XSSFRichTextString("营业执照"));
    int other = table.addSharedStringItem(new XSSFRichTextString("身份证"));
    int again = table.addSharedStringItem(new XSSFRichTextString("营业执照"));
    int spaced = table.addSharedStringItem(new XSSFRichTextString(" 营业执照"));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(spaced).isNotIn(first, other);
    assertThat(table.getCount()).isEqualTo(4);
    assertThat(table.getUniqueCount()).isEqualTo(3);
    assertThat(table.getItemAt(spaced).getString()).isEqualTo(" 营业执照");
  }

  @Test
  void aFormattedTextIsNeverTakenForThePlainOneWithTheSameCharacters() {
    SharedStringsTable table = new PlainSharedStrings();
    XSSFRichTextString bold = new XSSFRichTextString("营业执照");
    XSSFFont font = new XSSFFont();
    font.setBold(true);
    bold.applyFont(0, 2, font);

    int plain = table.addSharedStringItem(new XSSFRichTextString("营业执照"));
    int formatted = table.addSharedStringItem(bold);

    assertThat(formatted).isNotEqualTo(plain);
    assertThat(table.addSharedStringItem(bold)).as("the formatted one again").isEqualTo(formatted);
  }

  @Test
  void aTextWithAPhoneticGuideIsNotPlainEither() {
    SharedStringsTable table = new PlainSharedStrings();
    XSSFRichTextString guided = new XSSFRichTextString("武侯");
    guided.getCTRst().addNewRPh().setT("wǔhóu");

    int plain = table.addSharedStringItem(new XSSFRichTextString("武侯"));

    assertThat(table.addSharedStringItem(guided)).isNotEqualTo(plain);
  }
}
