package org.svcat.core.schema;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Punctuation and digits that a Chinese input method types in full width, which YAML reads as plain
 * text where the schema wanted a number or a list: each gives the value as it should be written, so
 * that a schema message can say so. (A key and value joined by a full-width colon is {@link
 * org.svcat.core.yaml.JoinedKey}.)
 */
final class InputMethodSlips {
  private static final String OPENING = "[［【〔";
  private static final String CLOSING = "]］】〕";

  private InputMethodSlips() {}

  /**
   * {@code text} in ASCII digits, when it is a number written with full-width digits ({@code ２０},
   * {@code １．５}); else empty.
   */
  static Optional<String> number(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    boolean fullWidth = false;
    for (char c : text.strip().toCharArray()) {
      if (c >= '０' && c <= '９') {
        ascii.append((char) (c - '０' + '0'));
        fullWidth = true;
      } else if (c == '．' || c == '－') {
        ascii.append(c == '．' ? '.' : '-');
        fullWidth = true;
      } else if ((c >= '0' && c <= '9') || c == '.' || c == '-') {
        ascii.append(c);
      } else {
        return Optional.empty();
      }
    }
    return fullWidth && ascii.toString().matches("-?[0-9]+(\\.[0-9]+)?")
        ? Optional.of(ascii.toString())
        : Optional.empty();
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
