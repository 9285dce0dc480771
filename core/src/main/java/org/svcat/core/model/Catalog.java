package org.svcat.core.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole catalog as loaded from disk: metadata, the basic directory, the implementation list,
 * bundles, working-day calendars, the shared material dictionary and the effective policy.
 *
 * <p>{@code directoryPresent} tells whether the catalog has a {@code directory/} folder: only then
 * must every item's 基本编码 be in it.
 */
public record Catalog(
    CatalogMeta meta,
    List<DirectoryEntry> directory,
    boolean directoryPresent,
    List<Item> items,
    List<Bundle> bundles,
    List<CalendarYear> calendars,
    Map<String, SharedMaterial> materials,
    Policy policy) {
  public Catalog {
    directory = Lists.copy(directory);
    items = Lists.copy(items);
    bundles = Lists.copy(bundles);
    calendars = Lists.copy(calendars);
    materials = Lists.copy(materials);
    if (policy == null) {
      policy = Policy.NATIONAL;
    }
  }

  /**
   * The items by 实施编码, the first of each code where one is duplicated: for looking up many codes,
   * where a search of {@link #items} for each would be quadratic (a bundle may list thousands).
   */
  public Map<String, Item> itemsByCode() {
    Map<String, Item> byCode = new HashMap<>();
    for (Item item : items) {
      byCode.putIfAbsent(item.code(), item);
    }
    return Collections.unmodifiableMap(byCode);
  }
}
