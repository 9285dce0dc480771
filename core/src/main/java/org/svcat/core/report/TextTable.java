package org.svcat.core.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table aligned for a terminal, where Chinese characters take two columns (East Asian
 * width, from ICU).
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean numeric;

  /** A table with the first column left-aligned and the others right-aligned (numbers). */
  public TextTable() {
    this(true);
  }

  private TextTable(boolean numeric) {
    this.numeric = numeric;
  }

  /** A table with every column left-aligned (labels and dates). */
  public static TextTable leftAligned() {
    return new TextTable(false);
  }

  /** Adds a row (the first one added is the header). */
  public TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  /** The table, one line per row, columns two spaces apart. */
  public String render() {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        String pad = " ".repeat(widths[c] - width(row[c]));
        line.append(c == 0 || !numeric ? row[c] + pad : pad + row[c]);
        if (c + 1 < row.length) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Columns {@code s} takes on a terminal. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      w +=
          ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
