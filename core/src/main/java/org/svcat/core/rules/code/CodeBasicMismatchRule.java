package org.svcat.core.rules.code;

import org.svcat.core.codes.CreditCode;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The 实施编码 does not end with the item's 基本编码, or does not start with its authority's credit code.
 */
@SvcatRule(id = "code-basic-mismatch", severity = Severity.ERROR)
public final class CodeBasicMismatchRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (!context.catalog().meta().strictCodes()) {
      return;
    }
    if (!item.code().endsWith(item.basicCode())) {
      context.reportVariant(item, "/basicCode", "basic", item.code(), item.basicCode());
    }
    String credit = item.authority().creditCode();
    if (!item.code().startsWith(credit) || credit.length() != CreditCode.LENGTH) {
      context.reportVariant(item, "/authority/creditCode", "credit", item.code(), credit);
    }
  }
}
