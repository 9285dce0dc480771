package org.svcat.core.rules.material;

import java.util.List;
import java.util.regex.Pattern;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A catch-all material such as 其他材料, 相关材料 or 按规定需要的材料: the applicant cannot know what to bring
 * (national spot checks found such phrases in about 13% of service guides). The policy may add
 * phrases with {@code phrases}.
 */
@SvcatRule(id = "material-vague", severity = Severity.WARNING, params = "phrases")
public final class MaterialVagueRule extends ItemRule {
  private static final Pattern IGNORED = Pattern.compile("[\\s。.；;]");
  private static final Pattern WHOLE =
      Pattern.compile("(其他|其它|相关|有关)(相关|有关)?(的)?(证明)?(文件|材料|资料)(等)?");
  private static final Pattern PHRASE =
      Pattern.compile(
          "(需要|应当|应)(提交|提供)的(其他|其它)?(材料|资料)|按(照)?(有关|相关)?规定(需要|应当)?(提交|提供)?的?(其他|其它)?(材料|资料)|法律、?法规(规定|要求)的(其他|其它)(材料|资料)");

  @Override
  protected void checkItem(Item item, RuleContext context) {
    List<String> extra = context.listParam("phrases");
    for (int i = 0; i < item.materials().size(); i++) {
      String written = item.materials().get(i).name();
      // both patterns end in 材料, 资料 or 文件: most names need no regular expression at all
      if (extra.isEmpty() && !mentionsDocuments(written)) {
        continue;
      }
      String name = IGNORED.matcher(written).replaceAll("");
      if (WHOLE.matcher(name).matches()
          || PHRASE.matcher(name).find()
          || containsAny(name, extra)) {
        context.report(item, "/materials/" + i + "/name", written);
      }
    }
  }

  /** Whether {@code name} contains one of {@code phrases}. */
  private static boolean containsAny(String name, List<String> phrases) {
    for (String phrase : phrases) {
      if (name.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} has 料 or 件, as 材料, 资料 and 文件 do (also with a space inside). */
  private static boolean mentionsDocuments(String name) {
    return name.indexOf('料') >= 0 || name.indexOf('件') >= 0;
  }
}
