package org.svcat.core.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.BundleMode;
import org.svcat.core.model.Item;

/**
 * Plans bundles: the critical path through prerequisites among members. A prerequisite that names a
 * 基本编码 counts for every member implementing it. Prerequisite cycles among members are cut (they are
 * reported by the {@code prerequisite-cycle} rule), so planning always terminates.
 */
public final class BundlePlanner {
  private final Function<String, Item> itemByCode;

  /** A planner that finds members with {@code itemByCode} (null for an unknown code). */
  public BundlePlanner(Function<String, Item> itemByCode) {
    this.itemByCode = itemByCode;
  }

  /** The plan of {@code bundle}. */
  public BundlePlan plan(Bundle bundle) {
    Map<String, Item> members = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String code : bundle.items()) {
      Item item = itemByCode.apply(code);
      if (item == null) {
        missing.add(code);
      } else {
        members.putIfAbsent(item.code(), item);
      }
    }
    List<Item> list = List.copyOf(members.values());
    double serial = list.stream().mapToDouble(BundlePlanner::days).sum();
    if (bundle.mode() == BundleMode.SERIAL) {
      return new BundlePlan(bundle, list, missing, list, serial, serial);
    }
    Map<String, Double> finish = new HashMap<>();
    Map<String, Item> previous = new HashMap<>();
    for (Item item : list) {
      longest(item, members, finish, previous, new java.util.HashSet<>());
    }
    Item last = null;
    double best = 0;
    for (Item item : list) {
      double f = finish.get(item.code());
      if (last == null || f > best) {
        last = item;
        best = f;
      }
    }
    List<Item> path = new ArrayList<>();
    for (Item at = last; at != null; at = previous.get(at.code())) {
      path.add(0, at);
    }
    return new BundlePlan(bundle, list, missing, path, best, serial);
  }

  /** Earliest finish of {@code item}: its promise after its longest prerequisite chain. */
  private double longest(
      Item item,
      Map<String, Item> members,
      Map<String, Double> finish,
      Map<String, Item> previous,
      java.util.Set<String> onPath) {
    Double known = finish.get(item.code());
    if (known != null) {
      return known;
    }
    onPath.add(item.code());
    double start = 0;
    for (Item before : prerequisitesAmong(item, members)) {
      if (onPath.contains(before.code())) {
        continue;
      }
      double f = longest(before, members, finish, previous, onPath);
      if (f > start) {
        start = f;
        previous.put(item.code(), before);
      }
    }
    onPath.remove(item.code());
    double f = start + days(item);
    finish.put(item.code(), f);
    return f;
  }

  private static List<Item> prerequisitesAmong(Item item, Map<String, Item> members) {
    List<Item> out = new ArrayList<>();
    for (String code : item.prerequisites()) {
      Item direct = members.get(code);
      if (direct != null) {
        out.add(direct);
      } else {
        members.values().stream().filter(m -> m.basicCode().equals(code)).forEach(out::add);
      }
    }
    return out;
  }

  /** An item's promise in working days. */
  static double days(Item item) {
    return UnitConversion.workingDays(item.deadline().promised());
  }
}
