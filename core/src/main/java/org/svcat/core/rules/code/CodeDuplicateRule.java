package org.svcat.core.rules.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.svcat.core.finding.Severity;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * Two items share a 实施编码, two directory entries a 基本编码, or two bundles an id: a release would list
 * both under one code (its guide has one page for it), and importers keep whichever they read last.
 */
@SvcatRule(id = "code-duplicate", severity = Severity.ERROR)
public final class CodeDuplicateRule implements Rule {
  @Override
  public void check(RuleContext context) {
    duplicates(context, context.catalog().directory(), e -> e.basicCode(), "/basicCode", null);
    duplicates(context, context.catalog().items(), i -> i.code(), "/code", null);
    duplicates(context, context.catalog().bundles(), b -> b.id(), "/id", "bundle");
  }

  private static <T> void duplicates(
      RuleContext context,
      List<T> records,
      Function<T, String> code,
      String pointer,
      String variant) {
    Map<String, T> first = new HashMap<>();
    for (T record : records) {
      T earlier = first.putIfAbsent(code.apply(record), record);
      if (earlier != null) {
        context.reportVariant(
            record, pointer, variant, code.apply(record), context.index().origin(earlier).path());
      }
    }
  }
}
