package org.svcat.core.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.schema.TextSlips;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How values are written in cells, both ways: time limits as {@code 20个工作日} (also read: {@code
 * 20工作日}, {@code 15日}, {@code 15天}, {@code 3个月}, {@code 即办}), lists of labels joined with {@code
 * 、}, lists of texts one per line, structured entries with {@code ｜} between their parts, booleans
 * as {@code 是}/{@code 否}.
 */
final class Cells {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String PART = "｜";

  private Cells() {}

  /**
   * A value a cell cannot hold: {@code variant} names its message ({@code
   * import.bad-cell.<variant>}, in the user's language), which shows the cell's text.
   */
  static final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;
    final String variant;
    final String cell;

    BadCell(String variant, String cell) {
      super(variant + ": " + cell);
      this.variant = variant;
      this.cell = cell;
    }
  }

  /**
   * {@code cell} stripped, with full-width digits, letters and spaces as their ASCII forms (Unicode
   * NFKC, as a Chinese input method's {@code ２０个工作日} is read {@code 20个工作日}); for cells that hold
   * numbers, time limits and yes-or-no.
   */
  private static String plain(String cell) {
    return Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
  }

  static String limit(TimeLimit limit) {
    return limit == null ? "" : limit.value() + "个" + limit.unit().label();
  }

  static ObjectNode limit(String cell) throws BadCell {
    TimeLimit limit = TimeLimit.parse(cell).orElseThrow(() -> new BadCell("limit", cell));
    return NODES.objectNode().put("value", limit.value()).put("unit", limit.unit().label());
  }

  /**
   * A count, read as a schema message reads one ({@link TextSlips#number}: {@code 1}, {@code 1次},
   * {@code 一次}, {@code 两份}); at most five digits, no sign, no fraction.
   */
  static int number(String cell) throws BadCell {
    return Integer.parseInt(
        TextSlips.number(plain(cell))
            .filter(n -> n.matches("[0-9]{1,5}"))
            .orElseThrow(() -> new BadCell("number", cell)));
  }

  static BigDecimal decimal(String cell) throws BadCell {
    try {
      return new BigDecimal(plain(cell).replace("元", ""));
    } catch (NumberFormatException e) {
      throw new BadCell("amount", cell);
    }
  }

  /** Yes or no, read as a schema message reads it ({@link TextSlips#bool}: 是, 否, √, 收费 ...). */
  static boolean bool(String cell) throws BadCell {
    return TextSlips.bool(plain(cell))
        .map(Boolean::parseBoolean)
        .orElseThrow(() -> new BadCell("yes-no", cell));
  }

  static String bool(boolean value) {
    return value ? "是" : "否";
  }

  /** Labels or short values joined with 、 (also read: commas, semicolons, line breaks). */
  static List<String> list(String cell) {
    return Arrays.stream(cell.split("[、,，;；\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static String list(List<String> values) {
    return String.join("、", values);
  }

  /** Texts one per line. */
  static List<String> lines(String cell) {
    return cell.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static String lines(List<String> values) {
    return String.join("\n", values);
  }

  /** The parts of a structured entry (at most {@code max}; a plain | counts as ｜). */
  static List<String> parts(String line, int max) {
    List<String> parts = new ArrayList<>(Arrays.asList(line.replace("|", PART).split(PART, max)));
    parts.replaceAll(String::strip);
    return parts;
  }

  /** Joins the parts of a structured entry, dropping empty trailing parts. */
  static String join(String... parts) {
    int end = parts.length;
    while (end > 1 && (parts[end - 1] == null || parts[end - 1].isEmpty())) {
      end--;
    }
    return Arrays.stream(parts, 0, end)
        .map(p -> p == null ? "" : p)
        .collect(Collectors.joining(PART));
  }

  /** A label through the mapping's value map for {@code field}, else as written. */
  static String label(String cell, String field, Map<String, Map<String, String>> values) {
    String text = cell.strip();
    Map<String, String> map = values.get(field);
    return map != null && map.containsKey(text) ? map.get(text) : text;
  }

  static JsonNode text(String value) {
    return NODES.stringNode(value);
  }
}
