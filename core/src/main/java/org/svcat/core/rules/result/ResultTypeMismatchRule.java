package org.svcat.core.rules.result;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.ResultType;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The result's name and type disagree: a name ending in 证 is 出证办结, one ending in 批复 is 审批办结, one
 * ending in 文 or 文件 is 出文办结 (an audit check seen in practice).
 */
@SvcatRule(id = "result-type-mismatch", severity = Severity.WARNING)
public final class ResultTypeMismatchRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.result() == null) {
      return;
    }
    String name = item.result().name().strip();
    ResultType expected = null;
    if (name.endsWith("证")) {
      expected = ResultType.CERTIFICATE;
    } else if (name.endsWith("批复")) {
      expected = ResultType.APPROVAL;
    } else if (name.endsWith("文") || name.endsWith("文件")) {
      expected = ResultType.DOCUMENT;
    }
    if (expected != null && item.result().type() != expected) {
      context.report(item, "/result/type", name, item.result().type().label(), expected.label());
    }
  }
}
