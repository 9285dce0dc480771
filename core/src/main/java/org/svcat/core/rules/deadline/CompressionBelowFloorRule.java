package org.svcat.core.rules.deadline;

import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The promise compresses the legal limit by less than the policy's {@code minRatio} (default 1/3,
 * seed 001: 承诺时限在法定时限内至少压缩1/3): promised &gt; legal × (1 − minRatio). Compared in working days;
 * different units are converted and the message says how.
 */
@SvcatRule(id = "compression-below-floor", severity = Severity.OFF, params = "minRatio")
public final class CompressionBelowFloorRule extends ItemRule {
  /** The default floor: one third. */
  public static final double DEFAULT_MIN_RATIO = 1.0 / 3.0;

  @Override
  protected void checkItem(Item item, RuleContext context) {
    TimeLimit legal = item.deadline().legal();
    TimeLimit promised = item.deadline().promised();
    if (legal == null || legal.value() == 0) {
      return;
    }
    double minRatio = context.param("minRatio", DEFAULT_MIN_RATIO);
    double l = UnitConversion.workingDays(legal);
    double p = UnitConversion.workingDays(promised);
    if (p <= l * (1 - minRatio) + 1e-9) {
      return;
    }
    double ratio = (l - p) / l;
    if (UnitConversion.needsConversion(promised, legal)) {
      context.reportVariant(
          item,
          "/deadline/promised",
          "converted",
          promised,
          legal,
          ratio,
          minRatio,
          UnitConversion.RATIO_CONVERSION);
    } else {
      context.report(item, "/deadline/promised", promised, legal, ratio, minRatio);
    }
  }
}
