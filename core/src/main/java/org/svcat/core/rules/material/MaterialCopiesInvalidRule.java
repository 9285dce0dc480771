package org.svcat.core.rules.material;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.model.MaterialForm;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** A paper material asks for 0 originals and 0 copies: the applicant cannot tell what to bring. */
@SvcatRule(id = "material-copies-invalid", severity = Severity.ERROR)
public final class MaterialCopiesInvalidRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    for (int i = 0; i < item.materials().size(); i++) {
      Material m = item.materials().get(i);
      if (m.forms().contains(MaterialForm.PAPER) && m.originals() == 0 && m.copies() == 0) {
        context.report(item, "/materials/" + i, m.name());
      }
    }
  }
}
