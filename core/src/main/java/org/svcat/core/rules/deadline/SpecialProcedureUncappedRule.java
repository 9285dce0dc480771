package org.svcat.core.rules.deadline;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** A special procedure has no time limit, so the clock may stop without end. */
@SvcatRule(id = "special-procedure-uncapped", severity = Severity.WARNING)
public final class SpecialProcedureUncappedRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    for (int i = 0; i < item.deadline().specialProcedures().size(); i++) {
      if (item.deadline().specialProcedures().get(i).limit() == null) {
        context.report(
            item,
            "/deadline/specialProcedures/" + i,
            item.deadline().specialProcedures().get(i).name());
      }
    }
  }
}
