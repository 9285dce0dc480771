package org.svcat.core.rules.deadline;

import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The legal and promised deadlines use different units, so every comparison needs a declared
 * conversion (5 工作日 = 7 自然日, 1 月 = 30 自然日), which the message names.
 */
@SvcatRule(id = "deadline-unit-mismatch", severity = Severity.WARNING)
public final class DeadlineUnitMismatchRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    TimeLimit legal = item.deadline().legal();
    TimeLimit promised = item.deadline().promised();
    if (legal != null && promised.value() > 0 && UnitConversion.needsConversion(promised, legal)) {
      // often a declared practice, suppressed: the figures are formatted only for a kept finding
      context.reportLazily(
          item,
          "/deadline/promised",
          () ->
              new Object[] {
                promised,
                legal,
                UnitConversion.format(UnitConversion.calendarDays(promised)),
                UnitConversion.format(UnitConversion.calendarDays(legal)),
                UnitConversion.CHECK_CONVERSION
              });
    }
  }
}
