package org.svcat.core.rules.prerequisite;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** A prerequisite names a code that is neither an item (实施编码) nor a directory entry (基本编码). */
@SvcatRule(id = "prerequisite-unknown", severity = Severity.ERROR)
public final class PrerequisiteUnknownRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    for (int i = 0; i < item.prerequisites().size(); i++) {
      String code = item.prerequisites().get(i);
      if (!context.index().isKnownCode(code) && context.index().itemsImplementing(code).isEmpty()) {
        context.report(item, "/prerequisites/" + i, code);
      }
    }
  }
}
