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
    if (!phrases.mayContain(text.value())) {
      return;
    }
    String upper = text.value().toUpperCase(Locale.ROOT);
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

    /**
     * False when no phrase can be in {@code text} upper-cased: none of their first characters is
     * the upper case of one of its characters (cheap: most texts are never upper-cased). A
     * character whose upper case {@link #upperCase} does not know counts as a first character.
     */
    boolean mayContain(String text) {
      for (int i = 0; i < text.length(); i++) {
        int upper = upperCase(text.charAt(i));
        if (upper < 0 || starts[upper]) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * {@code c} as {@link String#toUpperCase(Locale)} with {@link Locale#ROOT} turns it, for the
   * characters of Chinese text: ASCII, the CJK ideographs, CJK and general punctuation (which have
   * no case) and the full-width forms of ASCII; -1 for any other character.
   */
  static int upperCase(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }
    if ((c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3000' && c <= '\u303F')
        || (c >= '\u2000' && c <= '\u206F')) {
      return c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return c >= '\uFF41' && c <= '\uFF5A' ? c - ('\uFF41' - '\uFF21') : c;
    }
    return -1;
  }
}
