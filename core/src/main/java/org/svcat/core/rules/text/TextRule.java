package org.svcat.core.rules.text;

import java.util.ArrayList;
import java.util.List;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;

/** A rule that reads every text of every item, directory entry and bundle. */
abstract class TextRule implements Rule {
  @Override
  public final void check(RuleContext context) {
    List<Object> records = new ArrayList<>();
    records.addAll(context.catalog().directory());
    records.addAll(context.catalog().items());
    records.addAll(context.catalog().bundles());
    for (Object record : records) {
      for (Text text : Texts.of(record)) {
        checkText(record, text, context);
      }
    }
  }

  /** Reports what this rule finds in {@code text} of {@code record}. */
  protected abstract void checkText(Object record, Text text, RuleContext context);
}
