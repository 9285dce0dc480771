package org.svcat.core.rules.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svcat.core.finding.Severity;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * Full-width digits or letters (２０, ＡＢ) in a code or telephone number, or full-width digits in
 * prose: they look right to a person but match nothing in a system.
 */
@SvcatRule(id = "text-fullwidth-digits", severity = Severity.WARNING)
public final class TextFullwidthDigitsRule extends TextRule {
  private static final Pattern ALNUM =
      Pattern.compile("[\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]+");
  private static final Pattern DIGITS = Pattern.compile("[\\uFF10-\\uFF19]+");

  @Override
  protected void checkText(Object record, Text text, RuleContext context) {
    if (!hasFullwidthAlnum(text.value())) {
      return;
    }
    Matcher m = (text.kind() == Text.Kind.PROSE ? DIGITS : ALNUM).matcher(text.value());
    if (m.find()) {
      context.report(record, text.pointer(), m.group(), halfWidth(m.group()));
    }
  }

  /** Whether {@code s} has a character in the full-width digits and letters, ０ to ｚ (cheap). */
  private static boolean hasFullwidthAlnum(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF10' && c <= '\uFF5A') {
        return true;
      }
    }
    return false;
  }

  /** The ASCII form of full-width digits and letters. */
  static String halfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append((char) (c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c)));
    return b.toString();
  }
}
