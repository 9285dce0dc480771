package org.svcat.core.rules.fee;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** A fee without its legal basis (收费依据), or an item charged with no fee listed. */
@SvcatRule(id = "fee-basis-missing", severity = Severity.ERROR)
public final class FeeBasisMissingRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.fees().charged() && item.fees().items().isEmpty()) {
      context.reportVariant(item, "/fees", "empty");
    }
    for (int i = 0; i < item.fees().items().size(); i++) {
      var fee = item.fees().items().get(i);
      if (fee.basis() == null || fee.basis().isBlank()) {
        context.reportVariant(item, "/fees/items/" + i, "basis", fee.name());
      }
    }
  }
}
