package org.svcat.core.rules.material;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A material's {@code ref} is not a key of materials.yaml (the shared material dictionary); not
 * reported while materials.yaml itself cannot be read, whose findings come first.
 */
@SvcatRule(id = "material-ref-unknown", severity = Severity.ERROR)
public final class MaterialRefUnknownRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    for (int i = 0; i < item.materials().size(); i++) {
      String ref = item.materials().get(i).ref();
      if (ref != null
          && !context.catalog().materials().containsKey(ref)
          && !context.index().dictionaryUnread()) {
        context.report(item, "/materials/" + i + "/ref", ref);
      }
    }
  }
}
