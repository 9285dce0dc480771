package org.svcat.core.rules.text;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * The phrases of the context that asked last. Slices of a run check on several threads at once,
   * and an engine may run again on a catalog with another policy: each context works out its own
   * phrases (a few strings), and a thread only reuses those of its own context.
   */
  private volatile Phrases last = new Phrases(null, List.of(), List.of(), new boolean[0]);

  @Override
  protected void checkText(Object record, Text text, RuleContext context) {
    if (text.kind() != Text.Kind.PROSE) {
      return;
    }
    Phrases phrases = last;
    if (phrases.context() != context) {
      phrases = Phrases.of(context);
      last = phrases;
    }
    String upper = text.value().toUpperCase(Locale.ROOT);
    if (!phrases.mayContain(upper)) {
      return;
    }
    for (int i = 0; i < phrases.upper().size(); i++) {
      if (upper.contains(phrases.upper().get(i))) {
        context.report(record, text.pointer(), phrases.asWritten().get(i), text.value());
        return;
      }
    }
  }

  /**
   * The built-in phrases and those of {@code context}'s policy, as written and upper-cased, and
   * which characters the upper-cased phrases start with.
   */
  private record Phrases(
      RuleContext context, List<String> asWritten, List<String> upper, boolean[] starts) {
    static Phrases of(RuleContext context) {
      List<String> all = new ArrayList<>(PHRASES);
      all.addAll(context.listParam("phrases"));
      List<String> upper = all.stream().map(p -> p.toUpperCase(Locale.ROOT)).toList();
      boolean[] starts = new boolean[Character.MAX_VALUE + 1];
      for (String phrase : upper) {
        if (phrase.isEmpty()) {
          Arrays.fill(starts, true); // an empty phrase is in every text
        } else {
          starts[phrase.charAt(0)] = true;
        }
      }
      return new Phrases(context, List.copyOf(all), upper, starts);
    }

    /** False when no phrase can be in {@code text}: none of their first characters is (cheap). */
    boolean mayContain(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (starts[text.charAt(i)]) {
          return true;
        }
      }
      return false;
    }
  }
}
