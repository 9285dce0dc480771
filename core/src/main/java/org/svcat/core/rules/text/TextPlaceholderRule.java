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

  /** The phrases of this run (built-in and the policy's), as written and upper-cased. */
  private List<String> phrases;

  private List<String> upperPhrases;

  @Override
  protected void checkText(Object record, Text text, RuleContext context) {
    if (text.kind() != Text.Kind.PROSE) {
      return;
    }
    if (phrases == null) {
      phrases = new ArrayList<>(PHRASES);
      phrases.addAll(context.listParam("phrases"));
      upperPhrases = phrases.stream().map(p -> p.toUpperCase(Locale.ROOT)).toList();
    }
    String upper = text.value().toUpperCase(Locale.ROOT);
    for (int i = 0; i < phrases.size(); i++) {
      if (upper.contains(upperPhrases.get(i))) {
        context.report(record, text.pointer(), phrases.get(i), text.value());
        return;
      }
    }
  }
}
