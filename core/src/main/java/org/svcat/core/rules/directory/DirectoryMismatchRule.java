package org.svcat.core.rules.directory;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The item's name or type differs from its directory entry (四级四同). A name may add a parenthesised
 * situation suffix: {@code 食品经营许可（新办）}.
 */
@SvcatRule(id = "directory-mismatch", severity = Severity.ERROR)
public final class DirectoryMismatchRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    context
        .index()
        .directoryEntry(item.basicCode())
        .ifPresent(
            entry -> {
              if (!sameName(item.name(), entry.name())) {
                context.reportVariant(item, "/name", "name", item.name(), entry.name());
              }
              if (item.type() != entry.type()) {
                context.reportVariant(
                    item, "/type", "type", item.type().label(), entry.type().label());
              }
            });
  }

  /** Equal, or the directory name followed by a parenthesised suffix. */
  static boolean sameName(String itemName, String directoryName) {
    if (itemName.equals(directoryName)) {
      return true;
    }
    if (!itemName.startsWith(directoryName)) {
      return false;
    }
    String rest = itemName.substring(directoryName.length());
    return (rest.startsWith("（") && rest.endsWith("）")
            || rest.startsWith("(") && rest.endsWith(")"))
        && rest.length() > 2;
  }
}
