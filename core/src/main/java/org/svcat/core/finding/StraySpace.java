package org.svcat.core.finding;

/**
 * Characters that look like a space, or like nothing, but are not the ASCII space: the no-break
 * spaces and zero-width characters that copying from a word processor or a web page leaves, the
 * full-width space of a Chinese input method. People do not see them; YAML, comparisons and
 * searches do. Messages show them by their code ({@link #visible}).
 */
public final class StraySpace {
  private StraySpace() {}

  /**
   * The no-break spaces (U+00A0, U+202F), the other Unicode spaces (U+1680, U+2000 to U+200A,
   * U+205F, the full-width U+3000), the zero-width ones (U+200B to U+200D, U+2060) and the
   * byte-order mark inside a text (U+FEFF).
   */
  public static boolean isStray(char c) {
    if (c >= 0x3000) { // CJK text: two comparisons a character
      return c == 0x3000 || c == 0xFEFF;
    }
    return c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && (c <= 0x200D || c == 0x202F || c == 0x205F || c == 0x2060));
  }

  /** Where the first stray character of {@code text} is, else -1. */
  public static int first(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xA0 && isStray(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code c} as {@code U+XXXX}. */
  public static String code(char c) {
    return String.format("U+%04X", (int) c);
  }

  /** {@code text} with each stray character shown as {@code ⟨U+XXXX⟩}. */
  public static String visible(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      if (isStray(c)) {
        b.append('⟨').append(code(c)).append('⟩');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
