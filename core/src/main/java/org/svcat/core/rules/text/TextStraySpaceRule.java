package org.svcat.core.rules.text;

import org.svcat.core.finding.Severity;
import org.svcat.core.finding.StraySpace;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A text that begins or ends with a space, or holds a {@link StraySpace}: a character that looks
 * like a space, or like nothing, but is not the ASCII space. People do not see them; comparisons
 * (the 四级四同 name of a directory entry), searches and importing systems do.
 */
@SvcatRule(id = "text-stray-space", severity = Severity.WARNING)
public final class TextStraySpaceRule extends TextRule {
  @Override
  protected void checkText(Object record, Text text, RuleContext context) {
    String value = text.value();
    int stray = StraySpace.first(value);
    if (stray >= 0) {
      context.report(
          record,
          text.pointer(),
          StraySpace.visible(value),
          StraySpace.code(value.charAt(stray)),
          cleaned(value));
    } else if (!value.isEmpty() && (isEdgeSpace(value.charAt(0)) || isEdgeSpace(last(value)))) {
      context.reportVariant(record, text.pointer(), "edge", value, cleaned(value));
    }
  }

  /** A space or tab at the start or end; a line break there is what a {@code |} block keeps. */
  private static boolean isEdgeSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static char last(String value) {
    return value.charAt(value.length() - 1);
  }

  /**
   * {@code value} as it should be written: without spaces at its ends, and with each stray
   * character inside it dropped, or made an ASCII space between two Latin letters or digits.
   */
  static String cleaned(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!StraySpace.isStray(c)) {
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
