package org.svcat.core.rules.deadline;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Handling;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** 即办件 must promise 0, and a promise of 0 means 即办件. */
@SvcatRule(id = "immediate-inconsistent", severity = Severity.ERROR)
public final class ImmediateInconsistentRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    int promised = item.deadline().promised().value();
    if (item.handling() == Handling.IMMEDIATE && promised != 0) {
      context.reportVariant(item, "/deadline/promised", "immediate", item.deadline().promised());
    } else if (item.handling() != Handling.IMMEDIATE && promised == 0) {
      context.reportVariant(item, "/handling", "zero", item.handling().label());
    }
  }
}
