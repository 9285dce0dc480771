package org.svcat.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A workbook's counts and yes-or-no cells are read as a schema message reads the same slips in a
 * YAML file ({@code TextSlips}): what a message suggests, a cell may hold.
 */
class CellsTest {
  @Test
  void aCountInDigitsInFullWidthOrInWords() throws Cells.BadCell {
    assertThat(Cells.number("1")).isEqualTo(1);
    assertThat(Cells.number(" 1次 ")).isEqualTo(1);
    assertThat(Cells.number("３份")).isEqualTo(3);
    assertThat(Cells.number("一次")).isEqualTo(1);
    assertThat(Cells.number("两份")).isEqualTo(2);
    assertThat(Cells.number("0")).isZero();
  }

  @Test
  void notACount() {
    for (String cell : new String[] {"1.5", "-1", "123456", "很多", "", "二十次"}) {
      assertThatThrownBy(() -> Cells.number(cell))
          .as(cell)
          .isInstanceOfSatisfying(
              Cells.BadCell.class, e -> assertThat(e.variant).isEqualTo("number"));
    }
  }

  @Test
  void yesAndNo() throws Cells.BadCell {
    for (String yes : new String[] {"是", "有", "√", "收费", "1", "Y", "yes", "ON", "true"}) {
      assertThat(Cells.bool(yes)).as(yes).isTrue();
    }
    for (String no : new String[] {"否", "无", "×", "不收费", "免费", "0", "n", "No", "off", "FALSE"}) {
      assertThat(Cells.bool(no)).as(no).isFalse();
    }
    assertThatThrownBy(() -> Cells.bool("也许"))
        .isInstanceOfSatisfying(
            Cells.BadCell.class, e -> assertThat(e.variant).isEqualTo("yes-no"));
  }
}
