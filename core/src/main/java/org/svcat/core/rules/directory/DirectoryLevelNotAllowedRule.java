package org.svcat.core.rules.directory;

import java.util.stream.Collectors;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.Level;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** The item's level is not among the levels its directory entry allows. */
@SvcatRule(id = "directory-level-not-allowed", severity = Severity.ERROR)
public final class DirectoryLevelNotAllowedRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    context
        .index()
        .directoryEntry(item.basicCode())
        .filter(entry -> !entry.levels().contains(item.level()))
        .ifPresent(
            entry ->
                context.report(
                    item,
                    "/level",
                    item.level().label(),
                    entry.levels().stream().map(Level::label).collect(Collectors.joining("、"))));
  }
}
