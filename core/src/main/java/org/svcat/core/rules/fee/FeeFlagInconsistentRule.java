package org.svcat.core.rules.fee;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** {@code charged: false} with fee items listed, or with online payment offered. */
@SvcatRule(id = "fee-flag-inconsistent", severity = Severity.ERROR)
public final class FeeFlagInconsistentRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.fees().charged()) {
      return;
    }
    if (!item.fees().items().isEmpty()) {
      context.reportVariant(item, "/fees/items", "items", item.fees().items().size());
    }
    if (Boolean.TRUE.equals(item.fees().onlinePayment())) {
      context.reportVariant(item, "/fees/onlinePayment", "payment");
    }
  }
}
