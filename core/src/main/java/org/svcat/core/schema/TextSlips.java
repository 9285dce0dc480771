package org.svcat.core.schema;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Values that YAML reads as text where the schema wants a number, a boolean or a list: digits and
 * brackets that a Chinese input method types in full width, a number in quotes or in words (一次,
 * 1份), 是 or 否 (or YAML 1.1's yes and no) for a boolean. Each gives the value as it should be
 * written, so that a schema message can say so. (A key and value joined by a full-width colon is
 * {@link org.svcat.core.yaml.JoinedKey}.) {@code import} reads a workbook's counts and yes-or-no
 * cells the same way, so that what a message suggests and what a cell may hold are one table.
 */
public final class TextSlips {
  private static final String OPENING = "[［【〔";
  private static final String CLOSING = "]］】〕";

  private TextSlips() {}

  /**
   * {@code text} as a number in ASCII digits, when it is one: in quotes ({@code "20"}), written
   * with full-width digits ({@code ２０}, {@code １．５}), with a measure word ({@code 1次}, {@code 2份}),
   * or as a Chinese numeral up to ten ({@code 一次}, {@code 两份}); else empty.
   */
  public static Optional<String> number(String text) {
    String t = text.strip();
    if (!t.isEmpty() && "次份个件".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    int numeral = "零一二三四五六七八九十".indexOf(t.length() == 1 ? t.charAt(0) : '?');
    if (numeral >= 0 || "两".equals(t)) {
      return Optional.of(String.valueOf(numeral >= 0 ? numeral : 2));
    }
    String ascii = Normalizer.normalize(t, Normalizer.Form.NFKC); // full-width digits as ASCII
    return ascii.matches("-?[0-9]+(\\.[0-9]+)?") ? Optional.of(ascii) : Optional.empty();
  }

  /**
   * {@code true} or {@code false} for a text that means yes or no: 是 or 否 (有, 无), a tick or a cross
   * ({@code √}, {@code ×}), 收费, 不收费 or 免费, {@code 1} or {@code 0}, or the words that YAML 1.1 read
   * as booleans and YAML 1.2 reads as text ({@code yes}, {@code no}, {@code on}, {@code off},
   * {@code y}, {@code n}), or {@code true} and {@code false} in quotes; else empty.
   */
  public static Optional<String> bool(String text) {
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "是", "有", "√", "收费", "1", "yes", "y", "on", "true" -> Optional.of("true");
      case "否", "无", "×", "不收费", "免费", "0", "no", "n", "off", "false" -> Optional.of("false");
      default -> Optional.empty();
    };
  }

  /**
   * {@code text} as a {@code [ ]} list, when it is a list in full-width brackets ({@code
   * 【企业法人，自然人】}, {@code ［企业法人, 自然人］}); else empty.
   */
  static Optional<String> list(String text) {
    String t = text.strip();
    boolean bracketed =
        t.length() >= 2
            && OPENING.indexOf(t.charAt(0)) >= 0
            && CLOSING.indexOf(t.charAt(t.length() - 1)) >= 0
            && (t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']');
    return bracketed
        ? Optional.of("[" + String.join(", ", entries(t.substring(1, t.length() - 1))) + "]")
        : Optional.empty();
  }

  /**
   * {@code text} as a {@code [ ]} list, when it is two or more of the {@code allowed} values joined
   * by full-width commas: one entry of a list that was meant to be several ({@code [企业法人，事业法人]});
   * else empty.
   */
  static Optional<String> joinedEntries(String text, Collection<String> allowed) {
    List<String> entries = entries(text);
    return entries.size() > 1 && allowed.containsAll(entries)
        ? Optional.of("[" + String.join(", ", entries) + "]")
        : Optional.empty();
  }

  /** The entries of {@code text} between full-width commas (，、) or ASCII ones, stripped. */
  private static List<String> entries(String text) {
    return Arrays.stream(text.split("[，、,]")).map(String::strip).filter(e -> !e.isEmpty()).toList();
  }
}
