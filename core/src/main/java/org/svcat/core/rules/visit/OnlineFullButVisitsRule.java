package org.svcat.core.rules.visit;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.OnlineDepth;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** The item claims 全程网办 (online depth 互联网办理) but still requires visits. */
@SvcatRule(id = "online-full-but-visits", severity = Severity.ERROR)
public final class OnlineFullButVisitsRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.onlineDepth().contains(OnlineDepth.HANDLE) && item.visits() > 0) {
      context.report(item, "/visits", item.visits());
    }
  }
}
