package org.svcat.core.stats;

import java.util.Locale;
import java.util.function.Function;
import org.svcat.core.model.Item;

/** What items are grouped by in {@code svcat stats --by}. */
public enum Dimension {
  DEPARTMENT("byDepartment", Item::departmentOrAuthority),
  TYPE("byType", i -> i.type().label()),
  LEVEL("byLevel", i -> i.level().label());

  private final String jsonKey;
  private final Function<Item, String> key;

  Dimension(String jsonKey, Function<Item, String> key) {
    this.jsonKey = jsonKey;
    this.key = key;
  }

  /** The key of the groups in the JSON output, e.g. {@code byDepartment}. */
  public String jsonKey() {
    return jsonKey;
  }

  /** The group an item belongs to. */
  public String keyOf(Item item) {
    return key.apply(item);
  }

  /** {@code department}, {@code type}, {@code level}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
