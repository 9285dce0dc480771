package org.svcat.core.rules.code;

import org.svcat.core.codes.ItemCodes;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** The level digit inside the 实施编码 differs from the code of {@code level}. */
@SvcatRule(id = "code-level-mismatch", severity = Severity.ERROR)
public final class CodeLevelMismatchRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (!context.catalog().meta().strictCodes()
        || !ItemCodes.hasImplementationLength(item.code())) {
      return;
    }
    String digit = ItemCodes.levelDigit(item.code());
    if (!digit.equals(item.level().code())) {
      context.report(item, "/level", digit, item.level().label(), item.level().code());
    }
  }
}
