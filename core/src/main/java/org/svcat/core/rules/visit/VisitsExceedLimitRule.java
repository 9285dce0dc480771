package org.svcat.core.rules.visit;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The applicant must come in person more often than the policy's {@code max} (default 1: 最多跑一次).
 */
@SvcatRule(id = "visits-exceed-limit", severity = Severity.OFF, params = "max")
public final class VisitsExceedLimitRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    int max = (int) context.param("max", 1);
    if (item.visits() > max) {
      context.report(item, "/visits", item.visits(), max);
    }
  }
}
