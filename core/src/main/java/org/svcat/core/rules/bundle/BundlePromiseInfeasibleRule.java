package org.svcat.core.rules.bundle;

import java.util.stream.Collectors;
import org.svcat.core.bundle.BundlePlan;
import org.svcat.core.bundle.BundlePlanner;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Bundle;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A bundle promises less than its critical path: the longest chain of member promises through
 * prerequisites among members (并联), or their sum (串联). In working days.
 */
@SvcatRule(id = "bundle-promise-infeasible", severity = Severity.ERROR)
public final class BundlePromiseInfeasibleRule implements Rule {
  @Override
  public void check(RuleContext context) {
    BundlePlanner planner = new BundlePlanner(code -> context.index().item(code).orElse(null));
    for (Bundle bundle : context.catalog().bundles()) {
      BundlePlan plan = planner.plan(bundle);
      double promised = UnitConversion.workingDays(bundle.promised());
      if (promised < plan.criticalDays() - 1e-9) {
        String path =
            plan.criticalPath().stream()
                .map(i -> i.name() + " " + i.deadline().promised())
                .collect(Collectors.joining(" → "));
        context.report(
            bundle,
            "/promised",
            bundle.promised(),
            UnitConversion.format(plan.criticalDays()),
            path,
            bundle.mode().label());
      }
    }
  }
}
