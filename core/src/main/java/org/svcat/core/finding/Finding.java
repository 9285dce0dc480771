package org.svcat.core.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a catalog: which rule, how serious, where (file relative to the catalog
 * directory, 1-based line and column, JSON pointer inside the file), which item, and what to do
 * about it. Findings sort by file, line, column, rule, so output is stable and diffable.
 *
 * @param rule stable rule id, e.g. {@code promised-exceeds-legal}
 * @param severity severity after policy
 * @param file path relative to the catalog directory, with {@code /} separators
 * @param line 1-based line
 * @param column 1-based column
 * @param pointer JSON pointer of the offending value inside the file ({@code ""} for the file)
 * @param item 实施编码 (or 基本编码 for directory entries) the finding is about, or null
 * @param message what is wrong, in the report's language
 * @param hint what to change, in the report's language (may be empty)
 */
public record Finding(
    String rule,
    Severity severity,
    String file,
    int line,
    int column,
    String pointer,
    String item,
    String message,
    String hint)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::pointer)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (pointer == null) {
      pointer = "";
    }
    if (hint == null) {
      hint = "";
    }
    line = Math.max(1, line);
    column = Math.max(1, column);
  }

  /** The same finding with another severity (policy overrides). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, file, line, column, pointer, item, message, hint);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
