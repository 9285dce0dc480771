package org.svcat.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.CatalogMeta;
import org.svcat.core.model.Item;

/**
 * The KPIs of a catalog, overall and grouped by department, type or level: the figures service
 * centres report (即办率, 承诺时限压缩比, 跑零次率, 全程网办率...).
 */
public record CatalogStats(CatalogMeta meta, Kpis overall, Map<Dimension, List<Group>> groups) {
  /** The KPIs of one group. */
  public record Group(String key, Kpis kpis) {}

  public CatalogStats {
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /** The statistics of {@code catalog}, grouped by each of {@code dimensions}. */
  public static CatalogStats of(Catalog catalog, List<Dimension> dimensions) {
    Map<Dimension, List<Group>> groups = new LinkedHashMap<>();
    for (Dimension dimension : dimensions) {
      Map<String, List<Item>> byKey = new TreeMap<>();
      for (Item item : catalog.items()) {
        if (item.isActive()) {
          byKey.computeIfAbsent(dimension.keyOf(item), k -> new ArrayList<>()).add(item);
        }
      }
      List<Group> list = new ArrayList<>();
      byKey.forEach((key, items) -> list.add(new Group(key, Kpis.of(items))));
      groups.put(dimension, List.copyOf(list));
    }
    return new CatalogStats(catalog.meta(), Kpis.of(catalog.items()), groups);
  }
}
