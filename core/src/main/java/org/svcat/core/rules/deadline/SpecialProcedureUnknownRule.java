package org.svcat.core.rules.deadline;

import java.util.List;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A special procedure is neither one whose time 行政许可法 第四十五条 excludes from the limit (听证、
 * 招标、拍卖、检验、检测、检疫、鉴定、专家评审) nor in the policy's {@code allowed} list.
 */
@SvcatRule(id = "special-procedure-unknown", severity = Severity.WARNING, params = "allowed")
public final class SpecialProcedureUnknownRule extends ItemRule {
  /** The procedures of 行政许可法 第四十五条. */
  public static final List<String> STATUTORY =
      List.of("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审");

  @Override
  protected void checkItem(Item item, RuleContext context) {
    List<String> allowed = context.listParam("allowed");
    for (int i = 0; i < item.deadline().specialProcedures().size(); i++) {
      String name = item.deadline().specialProcedures().get(i).name();
      if (!statutory(name) && !allowed.contains(name)) {
        context.report(
            item, "/deadline/specialProcedures/" + i + "/name", name, String.join("、", STATUTORY));
      }
    }
  }

  /** Whether {@code name} mentions one of the procedures of 第四十五条. */
  private static boolean statutory(String name) {
    for (String procedure : STATUTORY) {
      if (name.contains(procedure)) {
        return true;
      }
    }
    return false;
  }
}
