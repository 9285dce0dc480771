package org.svcat.core.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.svcat.core.finding.Severity;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * Template phrases left in text: 详见, 按规定执行, 待定, XXX... The policy may add phrases with {@code
 * phrases}.
 */
@SvcatRule(id = "text-placeholder", severity = Severity.WARNING, params = "phrases")
public final class TextPlaceholderRule extends TextRule {
  /** The built-in phrases. */
  public static final List<String> PHRASES =
      List.of("详见", "按规定执行", "按有关规定执行", "待定", "待补充", "XXX", "×××", "＊＊＊");

  @Override
  protected void checkText(Object record, Text text, RuleContext context) {
    if (text.kind() != Text.Kind.PROSE) {
      return;
    }
    List<String> phrases = new ArrayList<>(PHRASES);
    phrases.addAll(context.listParam("phrases"));
    String upper = text.value().toUpperCase(Locale.ROOT);
    for (String phrase : phrases) {
      if (upper.contains(phrase.toUpperCase(Locale.ROOT))) {
        context.report(record, text.pointer(), phrase, text.value());
        return;
      }
    }
  }
}
