package org.svcat.core.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
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

  /**
   * The plan of {@code bundle}. Plain loops over the few members (a plan is made for each of a
   * province's ten thousand bundles at the end of a validate, where each method's compile by C2
   * delays the rules: a map and a stream made this one of the largest).
   */
  public BundlePlan plan(Bundle bundle) {
    List<Item> list = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    double serial = 0;
    for (String code : bundle.items()) {
      Item item = itemByCode.apply(code);
      if (item == null) {
        missing.add(code);
      } else if (indexOf(list, item.code()) < 0) {
        list.add(item);
        serial += days(item);
      }
    }
    if (bundle.mode() == BundleMode.SERIAL) {
      return new BundlePlan(bundle, list, missing, list, serial, serial);
    }
    return parallel(bundle, list, missing, serial);
  }

  /** The plan of a 并联 bundle of {@code list}: its critical path through prerequisites. */
  private static BundlePlan parallel(
      Bundle bundle, List<Item> list, List<String> missing, double serial) {
    int n = list.size();
    int[][] before = new int[n][];
    for (int i = 0; i < n; i++) {
      before[i] = prerequisitesAmong(list, list.get(i));
    }
    double[] finish = new double[n];
    Arrays.fill(finish, Double.NaN);
    int[] previous = new int[n];
    Arrays.fill(previous, -1);
    boolean[] onPath = new boolean[n];
    for (int i = 0; i < n; i++) {
      longest(i, list, before, finish, previous, onPath);
    }
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (last < 0 || finish[i] > finish[last]) {
        last = i;
      }
    }
    List<Item> path = new ArrayList<>();
    for (int at = last; at >= 0; at = previous[at]) {
      path.add(0, list.get(at));
    }
    return new BundlePlan(bundle, list, missing, path, last < 0 ? 0 : finish[last], serial);
  }

  /**
   * Earliest finish of member {@code i}: its promise after its longest prerequisite chain. Members
   * are indices into the bundle's member list (a plan is made for each of a province's ten thousand
   * bundles: arrays keep the compiled code small, where maps of codes to boxed finishes made C2
   * spend most of a second on it).
   */
  private static double longest(
      int i,
      List<Item> members,
      int[][] before,
      double[] finish,
      int[] previous,
      boolean[] onPath) {
    if (!Double.isNaN(finish[i])) {
      return finish[i];
    }
    onPath[i] = true;
    double start = 0;
    for (int b : before[i]) {
      if (onPath[b]) {
        continue;
      }
      double f = longest(b, members, before, finish, previous, onPath);
      if (f > start) {
        start = f;
        previous[i] = b;
      }
    }
    onPath[i] = false;
    finish[i] = start + days(members.get(i));
    return finish[i];
  }

  /**
   * The indices of the members that {@code item} requires first, in the order it names them: the
   * member with the named 实施编码, else every member implementing the named 基本编码.
   */
  private static int[] prerequisitesAmong(List<Item> members, Item item) {
    IntStream.Builder out = IntStream.builder();
    for (String code : item.prerequisites()) {
      int direct = indexOf(members, code);
      if (direct >= 0) {
        out.add(direct);
      } else {
        for (int j = 0; j < members.size(); j++) {
          if (members.get(j).basicCode().equals(code)) {
            out.add(j);
          }
        }
      }
    }
    return out.build().toArray();
  }

  private static int indexOf(List<Item> members, String code) {
    for (int j = 0; j < members.size(); j++) {
      if (members.get(j).code().equals(code)) {
        return j;
      }
    }
    return -1;
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
