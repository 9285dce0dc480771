package org.svcat.core.rules.prerequisite;

import java.util.ArrayList;
import java.util.List;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * Prerequisites form a cycle (互为前置): each item requires another to be obtained first, so an
 * applicant can never start. Each cycle is reported once, with its whole path, at the prerequisite
 * entry that closes it.
 */
@SvcatRule(id = "prerequisite-cycle", severity = Severity.ERROR)
public final class PrerequisiteCycleRule implements Rule {
  @Override
  public void check(RuleContext context) {
    List<Item> items = context.catalog().items();
    for (PrerequisiteGraph.Cycle cycle : new PrerequisiteGraph(items).cycles()) {
      List<String> steps = new ArrayList<>();
      for (Item item : cycle.items()) {
        steps.add(item.name() + "（" + item.code() + "）");
      }
      steps.add(steps.get(0));
      Item closing = items.get(cycle.closing().from());
      context.report(
          closing,
          "/prerequisites/" + cycle.closing().index(),
          String.join(" → ", steps),
          cycle.items().size());
    }
  }
}
