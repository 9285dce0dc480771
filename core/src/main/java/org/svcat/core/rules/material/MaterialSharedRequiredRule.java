package org.svcat.core.rules.material;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.model.MaterialSource;
import org.svcat.core.model.Necessity;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A material issued by a government department (政府部门核发) is required and not obtainable by data
 * sharing: a candidate for 免提交 (the government already holds it). {@code shared} counts when set on
 * the material or on its entry in materials.yaml; not judged for a material whose entry is in a
 * materials.yaml that cannot be read.
 */
@SvcatRule(id = "material-shared-required", severity = Severity.INFO)
public final class MaterialSharedRequiredRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    for (int i = 0; i < item.materials().size(); i++) {
      Material m = item.materials().get(i);
      SharedMaterial entry = m.ref() == null ? null : context.catalog().materials().get(m.ref());
      boolean shared = m.shared() || (entry != null && entry.shared());
      boolean unknown = m.ref() != null && entry == null && context.index().dictionaryUnread();
      if (m.source() == MaterialSource.GOVERNMENT
          && !unknown
          && m.necessity() == Necessity.REQUIRED
          && !shared) {
        context.report(item, "/materials/" + i, m.name(), m.issuer() == null ? "" : m.issuer());
      }
    }
  }
}
