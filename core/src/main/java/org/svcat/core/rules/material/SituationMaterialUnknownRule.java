package org.svcat.core.rules.material;

import java.util.Map;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.model.Situation;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** A situation (情形) names a material id that the item does not have. */
@SvcatRule(id = "situation-material-unknown", severity = Severity.ERROR)
public final class SituationMaterialUnknownRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.situations().isEmpty()) {
      return;
    }
    Map<String, Material> materials = item.materialsById();
    for (int s = 0; s < item.situations().size(); s++) {
      Situation situation = item.situations().get(s);
      for (int m = 0; m < situation.materials().size(); m++) {
        String id = situation.materials().get(m);
        if (!materials.containsKey(id)) {
          context.report(item, "/situations/" + s + "/materials/" + m, situation.name(), id);
        }
      }
    }
  }
}
