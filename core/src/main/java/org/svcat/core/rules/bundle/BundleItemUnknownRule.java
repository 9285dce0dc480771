package org.svcat.core.rules.bundle;

import org.svcat.core.finding.Severity;
import org.svcat.core.model.Bundle;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A bundle (一件事) names an item that does not exist; not an item whose file exists but could not be
 * read, which has findings of its own.
 */
@SvcatRule(id = "bundle-item-unknown", severity = Severity.ERROR)
public final class BundleItemUnknownRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Bundle bundle : context.catalog().bundles()) {
      for (int i = 0; i < bundle.items().size(); i++) {
        String code = bundle.items().get(i);
        if (context.index().item(code).isEmpty() && !context.index().isUnreadCode(code)) {
          context.report(bundle, "/items/" + i, code, bundle.name());
        }
      }
    }
  }
}
