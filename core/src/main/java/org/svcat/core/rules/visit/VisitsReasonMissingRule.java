package org.svcat.core.rules.visit;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** The applicant must come in person but the item does not say why ({@code visitReason}). */
@SvcatRule(id = "visits-reason-missing", severity = Severity.WARNING)
public final class VisitsReasonMissingRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.visits() > 0 && (item.visitReason() == null || item.visitReason().isBlank())) {
      context.report(item, "/visits", item.visits());
    }
  }
}
