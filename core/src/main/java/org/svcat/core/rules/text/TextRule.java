package org.svcat.core.rules.text;

import java.util.List;
import org.svcat.core.model.Catalog;
import org.svcat.core.rules.RecordRule;
import org.svcat.core.rules.RuleContext;

/** A rule that reads every text of every item, directory entry and bundle. */
abstract class TextRule extends RecordRule<Object> {
  @Override
  protected final List<Object> records(Catalog catalog) {
    return concat(catalog.directory(), catalog.items(), catalog.bundles());
  }

  @Override
  protected final void checkRecord(Object record, RuleContext context) {
    for (Text text : Texts.of(record)) {
      checkText(record, text, context);
    }
  }

  /** Reports what this rule finds in {@code text} of {@code record}. */
  protected abstract void checkText(Object record, Text text, RuleContext context);
}
