package org.svcat.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.svcat.core.model.Catalog;

/**
 * A rule that checks the records of a catalog (items, say) one at a time, each without regard to
 * the others. The engine hands the records out in slices, so that on a large catalog one rule's
 * work is shared between the cores instead of ending the run on one of them. {@link #checkRecord}
 * may therefore run on several threads at once: a record rule keeps no state of its own between
 * records.
 *
 * @param <T> the type of record
 */
public abstract class RecordRule<T> implements Rule {
  @Override
  public final void check(RuleContext context) {
    checkAll(records(context.catalog()), context);
  }

  /** The records this rule checks, in order. */
  protected abstract List<? extends T> records(Catalog catalog);

  /** Reports what this rule finds in {@code record}. */
  protected abstract void checkRecord(T record, RuleContext context);

  /** The records of {@code lists}, one list after the other. */
  @SafeVarargs
  protected static List<Object> concat(List<?>... lists) {
    List<Object> all = new ArrayList<>();
    for (List<?> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  /** Checks {@code records}: all of {@link #records}, or a slice of them. */
  final void checkAll(List<? extends T> records, RuleContext context) {
    for (T record : records) {
      checkRecord(record, context);
    }
  }
}
