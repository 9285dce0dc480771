package org.svcat.core.report;

/**
 * CSV cells that spreadsheets cannot mistake for formulas: a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's
 * advice on CSV injection). Numbers are written as numbers and never pass through here.
 */
public final class CsvCells {
  private CsvCells() {}

  /** {@code value} safe to open in Excel or WPS. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      return "'" + value;
    }
    return value;
  }
}
