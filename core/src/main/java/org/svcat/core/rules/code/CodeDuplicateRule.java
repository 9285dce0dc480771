package org.svcat.core.rules.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.svcat.core.finding.Severity;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** Two items share a 实施编码, or two directory entries share a 基本编码. */
@SvcatRule(id = "code-duplicate", severity = Severity.ERROR)
public final class CodeDuplicateRule implements Rule {
  @Override
  public void check(RuleContext context) {
    duplicates(context, context.catalog().directory(), e -> e.basicCode(), "/basicCode");
    duplicates(context, context.catalog().items(), i -> i.code(), "/code");
  }

  private static <T> void duplicates(
      RuleContext context, List<T> records, Function<T, String> code, String pointer) {
    Map<String, T> first = new HashMap<>();
    for (T record : records) {
      T earlier = first.putIfAbsent(code.apply(record), record);
      if (earlier != null) {
        context.report(record, pointer, code.apply(record), context.index().origin(earlier).path());
      }
    }
  }
}
