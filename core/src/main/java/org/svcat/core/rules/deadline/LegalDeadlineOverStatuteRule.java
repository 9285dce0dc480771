package org.svcat.core.rules.deadline;

import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A 行政许可 item's legal deadline exceeds the 行政许可法 第四十二条 limit (20 工作日; 45 when handled jointly, i.e.
 * with coHandlers) while its basis is only the 行政许可法 (or none): a longer limit must cite the
 * specific statute that sets it.
 */
@SvcatRule(id = "legal-deadline-over-statute", severity = Severity.WARNING)
public final class LegalDeadlineOverStatuteRule extends ItemRule {
  /** 行政许可法 第四十二条. */
  static final int SINGLE = 20;

  /** 行政许可法 第四十二条, 统一办理、联合办理、集中办理. */
  static final int JOINT = 45;

  @Override
  protected void checkItem(Item item, RuleContext context) {
    TimeLimit legal = item.deadline().legal();
    if (item.type() != ItemType.LICENSING || legal == null) {
      return;
    }
    int limit = item.coHandlers().isEmpty() ? SINGLE : JOINT;
    String basis = legal.basis();
    boolean onlyTheLicensingLaw = basis == null || basis.isBlank() || basis.contains("行政许可法");
    if (onlyTheLicensingLaw && UnitConversion.workingDays(legal) > limit + 1e-9) {
      context.report(item, "/deadline/legal", legal, limit);
    }
  }
}
