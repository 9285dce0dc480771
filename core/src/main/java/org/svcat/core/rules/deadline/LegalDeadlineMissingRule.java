package org.svcat.core.rules.deadline;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** A 行政许可 item has no legal deadline (行政许可法 第四十二条 always sets one). */
@SvcatRule(id = "legal-deadline-missing", severity = Severity.ERROR)
public final class LegalDeadlineMissingRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.type() == ItemType.LICENSING && item.deadline().legal() == null) {
      context.report(item, "/deadline", item.name());
    }
  }
}
