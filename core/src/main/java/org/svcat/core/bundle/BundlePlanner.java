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
import org.svcat.core.model.Material;
import org.svcat.core.model.Necessity;
import org.svcat.core.model.SharedMaterial;

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
    Map<String, List<Item>> byBasicCode = new HashMap<>();
    for (Item item : list) {
      byBasicCode.computeIfAbsent(item.basicCode(), k -> new ArrayList<>()).add(item);
    }
    Members among = new Members(members, byBasicCode);
    for (Item item : list) {
      longest(item, among, finish, previous, new java.util.HashSet<>());
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
      Members members,
      Map<String, Double> finish,
      Map<String, Item> previous,
      java.util.Set<String> onPath) {
    Double known = finish.get(item.code());
    if (known != null) {
      return known;
    }
    onPath.add(item.code());
    double start = 0;
    for (Item before : members.prerequisitesOf(item)) {
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

  /** A bundle's members by 实施编码 and by 基本编码. */
  private record Members(Map<String, Item> byCode, Map<String, List<Item>> byBasicCode) {
    /** The members that {@code item} requires first. */
    List<Item> prerequisitesOf(Item item) {
      List<Item> out = new ArrayList<>();
      for (String code : item.prerequisites()) {
        Item direct = byCode.get(code);
        if (direct != null) {
          out.add(direct);
        } else {
          out.addAll(byBasicCode.getOrDefault(code, List.of()));
        }
      }
      return out;
    }
  }

  /**
   * The single set of materials of {@code plan}: materials with the same {@code ref} or, without
   * one, the same name are one material; in the order members list them.
   */
  public static List<BundleMaterial> materials(
      BundlePlan plan, Map<String, SharedMaterial> dictionary) {
    Map<String, BundleMaterial> byKey = new LinkedHashMap<>();
    for (Item item : plan.members()) {
      for (Material m : item.materials()) {
        SharedMaterial entry = m.ref() == null ? null : dictionary.get(m.ref());
        String name = entry != null ? entry.name() : m.name();
        String key = m.ref() != null ? "ref:" + m.ref() : "name:" + name.strip();
        boolean shared = m.shared() || (entry != null && entry.shared());
        BundleMaterial known = byKey.get(key);
        if (known == null) {
          byKey.put(
              key, new BundleMaterial(name, m.ref(), List.of(item.code()), m.necessity(), shared));
        } else {
          List<String> items = new ArrayList<>(known.items());
          if (!items.contains(item.code())) {
            items.add(item.code());
          }
          Necessity necessity =
              strength(m.necessity()) > strength(known.necessity())
                  ? m.necessity()
                  : known.necessity();
          byKey.put(
              key,
              new BundleMaterial(
                  known.name(), known.ref(), items, necessity, known.shared() && shared));
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  /** 必要 over 容缺 (to supply later) over 非必要. */
  private static int strength(Necessity necessity) {
    return switch (necessity) {
      case REQUIRED -> 3;
      case DEFERRABLE -> 2;
      case OPTIONAL -> 1;
    };
  }

  /** An item's promise in working days. */
  static double days(Item item) {
    return UnitConversion.workingDays(item.deadline().promised());
  }
}
