package org.svcat.core.rules.directory;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** The item's 基本编码 is not in {@code directory/} (checked only when the catalog has one). */
@SvcatRule(id = "directory-unknown", severity = Severity.ERROR)
public final class DirectoryUnknownRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (context.catalog().directoryPresent()
        && context.index().directoryEntry(item.basicCode()).isEmpty()
        && !context.index().isKnownCode(item.basicCode())) {
      context.report(item, "/basicCode", item.basicCode());
    }
  }
}
