package org.svcat.core.sheet;

import java.util.List;

/**
 * One sheet of a workbook (or a CSV file) as text: rows of cells, merged cells already spread over
 * the cells they cover. Row and column numbers in messages are 1-based, as spreadsheets show them.
 *
 * @param name the sheet's name
 * @param rows the rows, each a list of cell texts ("" for an empty cell)
 * @param numericCells "row:column" (0-based) of cells that held numbers (codes typed as numbers
 *     lose their leading zeros)
 */
public record Table(String name, List<List<String>> rows, java.util.Set<String> numericCells) {
  public Table {
    rows = List.copyOf(rows);
    numericCells = java.util.Set.copyOf(numericCells);
  }

  /** The cell at 0-based {@code row} and {@code column}, or "". */
  public String cell(int row, int column) {
    if (row >= rows.size() || column >= rows.get(row).size()) {
      return "";
    }
    String value = rows.get(row).get(column);
    return value == null ? "" : value;
  }

  /** The spreadsheet name of a 0-based column: A, B, ..., Z, AA, ... */
  public static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }
}
