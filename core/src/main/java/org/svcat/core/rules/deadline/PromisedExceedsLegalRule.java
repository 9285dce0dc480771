package org.svcat.core.rules.deadline;

import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.Situation;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The promised deadline (or a situation's) is longer than the legal one. Different units are
 * compared in calendar days under {@link UnitConversion#CHECK_CONVERSION}, and the message says so.
 */
@SvcatRule(id = "promised-exceeds-legal", severity = Severity.ERROR)
public final class PromisedExceedsLegalRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    TimeLimit legal = item.deadline().legal();
    if (legal == null) {
      return;
    }
    check(context, item, item.deadline().promised(), legal, "/deadline/promised");
    for (int i = 0; i < item.situations().size(); i++) {
      Situation situation = item.situations().get(i);
      if (situation.promised() != null) {
        check(context, item, situation.promised(), legal, "/situations/" + i + "/promised");
      }
    }
  }

  private static void check(
      RuleContext context, Item item, TimeLimit promised, TimeLimit legal, String pointer) {
    if (UnitConversion.compare(promised, legal) <= 0) {
      return;
    }
    if (UnitConversion.needsConversion(promised, legal)) {
      context.reportVariant(
          item,
          pointer,
          "converted",
          promised,
          legal,
          UnitConversion.format(UnitConversion.calendarDays(promised)),
          UnitConversion.format(UnitConversion.calendarDays(legal)),
          UnitConversion.CHECK_CONVERSION);
    } else {
      context.report(item, pointer, promised, legal);
    }
  }
}
