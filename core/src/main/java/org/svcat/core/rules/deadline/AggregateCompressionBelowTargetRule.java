package org.svcat.core.rules.deadline;

import java.util.Map;
import java.util.TreeMap;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The aggregate compression (Σlegal − Σpromised) / Σlegal over active items with both deadlines, in
 * working days, is below the policy's {@code target} (default 50%), for the whole catalog or for
 * one department. Reported at catalog.yaml.
 */
@SvcatRule(id = "aggregate-compression-below-target", severity = Severity.OFF, params = "target")
public final class AggregateCompressionBelowTargetRule implements Rule {
  /** The default target: half. */
  public static final double DEFAULT_TARGET = 0.5;

  @Override
  public void check(RuleContext context) {
    double target = context.param("target", DEFAULT_TARGET);
    double[] total = new double[2];
    Map<String, double[]> byDepartment = new TreeMap<>();
    for (Item item : context.catalog().items()) {
      if (!item.isActive() || item.deadline().legal() == null) {
        continue;
      }
      double legal = UnitConversion.workingDays(item.deadline().legal());
      double promised = UnitConversion.workingDays(item.deadline().promised());
      add(total, legal, promised);
      add(
          byDepartment.computeIfAbsent(item.departmentOrAuthority(), k -> new double[2]),
          legal,
          promised);
    }
    Object meta = context.catalog().meta();
    if (below(total, target)) {
      context.reportVariant(
          meta, "", "catalog", ratio(total), target, UnitConversion.RATIO_CONVERSION);
    }
    byDepartment.forEach(
        (department, sums) -> {
          if (below(sums, target)) {
            context.reportVariant(
                meta,
                "",
                "department",
                department,
                ratio(sums),
                target,
                UnitConversion.RATIO_CONVERSION);
          }
        });
  }

  private static void add(double[] sums, double legal, double promised) {
    sums[0] += legal;
    sums[1] += promised;
  }

  private static double ratio(double[] sums) {
    return (sums[0] - sums[1]) / sums[0];
  }

  private static boolean below(double[] sums, double target) {
    return sums[0] > 0 && ratio(sums) < target - 1e-9;
  }
}
