package org.svcat.core.rules.material;

import java.util.HashMap;
import java.util.Map;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** Two materials of one item have the same name (or the same id). */
@SvcatRule(id = "material-duplicate", severity = Severity.ERROR)
public final class MaterialDuplicateRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < item.materials().size(); i++) {
      var m = item.materials().get(i);
      String first = names.putIfAbsent(m.name().strip(), m.id());
      if (first != null) {
        context.reportVariant(item, "/materials/" + i + "/name", "name", m.name(), first);
      }
      String firstId = ids.putIfAbsent(m.id(), m.name());
      if (firstId != null) {
        context.reportVariant(item, "/materials/" + i + "/id", "id", m.id(), firstId);
      }
    }
  }
}
