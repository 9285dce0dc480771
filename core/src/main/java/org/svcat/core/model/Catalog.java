package org.svcat.core.model;

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
}
