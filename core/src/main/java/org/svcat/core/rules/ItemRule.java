package org.svcat.core.rules;

import org.svcat.core.model.Item;

/** A rule that looks at one item at a time. */
public abstract class ItemRule implements Rule {
  @Override
  public final void check(RuleContext context) {
    for (Item item : context.catalog().items()) {
      checkItem(item, context);
    }
  }

  /** Reports what this rule finds in {@code item}. */
  protected abstract void checkItem(Item item, RuleContext context);
}
