package org.svcat.core.rules.text;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.svcat.core.finding.Severity;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * Traditional characters in a {@code zh-Hans} catalog, or Simplified ones in a {@code zh-Hant}
 * catalog. ICU's Traditional↔Simplified transliterator converts the whole text, so that characters
 * valid in both scripts in context (著作, 乾坤) are not flagged; the policy's {@code allowed} lists
 * characters to accept anyway.
 *
 * <p>Most texts contain nothing that a conversion rule changes ({@link ScriptChanges} tells
 * cheaply), so ICU, whose tables take a few hundred milliseconds to load, is asked only about the
 * others; a clean catalog never loads it. Transliteration costs tens of microseconds a text, and a
 * provincial catalog says the same things thousands of times, so each run converts each distinct
 * text once. ICU transliterators are stateless and shared without locks.
 */
@SvcatRule(id = "text-mixed-script", severity = Severity.WARNING, params = "allowed")
public final class TextMixedScriptRule extends TextRule {
  private static final class ToSimplified {
    static final Transliterator INSTANCE = Transliterator.getInstance("Hant-Hans");
  }

  private static final class ToTraditional {
    static final Transliterator INSTANCE = Transliterator.getInstance("Hans-Hant");
  }

  /**
   * Each distinct text of this run in the catalog's script. The slices of a run check on several
   * threads at once, so the map is a concurrent one.
   */
  private final Map<String, String> converted = new ConcurrentHashMap<>();

  @Override
  protected void checkText(Object record, Text text, RuleContext context) {
    if (text.kind() != Text.Kind.PROSE) {
      return;
    }
    boolean traditionalCatalog = "zh-Hant".equals(context.catalog().meta().language());
    ScriptChanges changes =
        traditionalCatalog ? ScriptChanges.toTraditional() : ScriptChanges.toSimplified();
    if (!changes.mayChange(text.value())) {
      return;
    }
    Transliterator toCatalogScript =
        traditionalCatalog ? ToTraditional.INSTANCE : ToSimplified.INSTANCE;
    String converted = this.converted.computeIfAbsent(text.value(), toCatalogScript::transliterate);
    if (converted.length() != text.value().length()) {
      return;
    }
    Set<String> foreign = new LinkedHashSet<>();
    StringBuilder fixed = new StringBuilder();
    var allowed = context.listParam("allowed");
    for (int i = 0; i < converted.length(); i++) {
      char original = text.value().charAt(i);
      char target = converted.charAt(i);
      if (original != target && !allowed.contains(String.valueOf(original))) {
        foreign.add(String.valueOf(original));
        fixed.append(original).append('→').append(target).append(' ');
      }
    }
    if (!foreign.isEmpty()) {
      context.reportVariant(
          record,
          text.pointer(),
          traditionalCatalog ? "simplified" : "traditional",
          String.join("", foreign),
          fixed.toString().strip());
    }
  }
}
