package org.svcat.core.rules;

import java.util.List;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.Item;

/** A rule that looks at one item at a time. */
public abstract class ItemRule extends RecordRule<Item> {
  @Override
  protected final List<Item> records(Catalog catalog) {
    return catalog.items();
  }

  @Override
  protected final void checkRecord(Item item, RuleContext context) {
    checkItem(item, context);
  }

  /** Reports what this rule finds in {@code item}. */
  protected abstract void checkItem(Item item, RuleContext context);
}
