package org.svcat.core.rules.text;

import org.svcat.core.finding.Severity;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A text that begins or ends with a space, or holds a character that looks like a space, or like
 * nothing, but is not the ASCII space: the no-break and zero-width characters that copying from a
 * word processor or a web page leaves, the full-width space of a Chinese input method. People do
 * not see them; comparisons (the 四级四同 name of a directory entry), searches and importing systems
 * do.
 */
@SvcatRule(id = "text-stray-space", severity = Severity.WARNING)
public final class TextStraySpaceRule extends TextRule {
  @Override
  protected void checkText(Object record, Text text, RuleContext context) {
    String value = text.value();
    int stray = firstStray(value);
    if (stray >= 0) {
      context.report(
          record,
          text.pointer(),
          visible(value),
          String.format("U+%04X", (int) value.charAt(stray)),
          cleaned(value));
    } else if (!value.isEmpty() && (isEdgeSpace(value.charAt(0)) || isEdgeSpace(last(value)))) {
      context.reportVariant(record, text.pointer(), "edge", value, cleaned(value));
    }
  }

  /**
   * Where the first stray character of {@code value} is, else -1. One look at each character, most
   * of which are CJK characters or ASCII, above and below every stray one.
   */
  private static int firstStray(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0xA0 && isStray(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The no-break space (U+00A0, U+202F), the other Unicode spaces (U+1680, U+2000 to U+200A,
   * U+205F, the full-width U+3000), the zero-width ones (U+200B to U+200D, U+2060) and the
   * byte-order mark inside a text (U+FEFF).
   */
  static boolean isStray(char c) {
    if (c >= 0x3000) { // CJK text: two comparisons a character
      return c == 0x3000 || c == 0xFEFF;
    }
    return c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && (c <= 0x200D || c == 0x202F || c == 0x205F || c == 0x2060));
  }

  /** A space or tab at the start or end; a line break there is what a {@code |} block keeps. */
  private static boolean isEdgeSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static char last(String value) {
    return value.charAt(value.length() - 1);
  }

  /** {@code value} with each stray character shown as {@code ⟨U+XXXX⟩}. */
  static String visible(String value) {
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      if (isStray(c)) {
        b.append(String.format("⟨U+%04X⟩", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@code value} as it should be written: without spaces at its ends, and with each stray
   * character inside it dropped, or made an ASCII space between two Latin letters or digits.
   */
  static String cleaned(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isStray(c)) {
        b.append(c);
      } else if (i > 0
          && i < value.length() - 1
          && isLatin(value.charAt(i - 1))
          && isLatin(value.charAt(i + 1))) {
        b.append(' ');
      }
    }
    return b.toString().strip();
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
