package org.svcat.core.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private static final int[] NONE = new int[0];

  private final Function<String, Item> itemByCode;

  /** A planner that finds members with {@code itemByCode} (null for an unknown code). */
  public BundlePlanner(Function<String, Item> itemByCode) {
    this.itemByCode = itemByCode;
  }

  /**
   * The plan of {@code bundle}, in time linear in its members and the prerequisites among them: a
   * bundle file may list tens of thousands of codes. No streams: a plan is made for each of a
   * province's ten thousand bundles at the end of a validate, while C2 compiles the rules, and a
   * stream made this method one of the largest compiles then.
   */
  public BundlePlan plan(Bundle bundle) {
    List<Item> list = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, Integer> byCode = new HashMap<>();
    double serial = 0;
    for (String code : bundle.items()) {
      Item item = itemByCode.apply(code);
      if (item == null) {
        missing.add(code);
      } else if (byCode.putIfAbsent(item.code(), list.size()) == null) {
        list.add(item);
        serial += days(item);
      }
    }
    if (bundle.mode() == BundleMode.SERIAL) {
      return new BundlePlan(bundle, list, missing, list, serial, serial);
    }
    return parallel(bundle, list, missing, serial, byCode);
  }

  /**
   * The plan of a 并联 bundle of {@code list} (members by code in {@code byCode}): its critical path
   * through prerequisites.
   */
  private static BundlePlan parallel(
      Bundle bundle,
      List<Item> list,
      List<String> missing,
      double serial,
      Map<String, Integer> byCode) {
    int n = list.size();
    Map<String, List<Integer>> byBasic = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byBasic.computeIfAbsent(list.get(i).basicCode(), k -> new ArrayList<>()).add(i);
    }
    int[][] before = new int[n][];
    for (int i = 0; i < n; i++) {
      before[i] = prerequisitesAmong(list.get(i), byCode, byBasic);
    }
    double[] finish = new double[n];
    int[] previous = new int[n];
    finishAll(list, before, finish, previous);
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (last < 0 || finish[i] > finish[last]) {
        last = i;
      }
    }
    List<Item> path = new ArrayList<>();
    for (int at = last; at >= 0; at = previous[at]) {
      path.add(list.get(at));
    }
    Collections.reverse(path);
    return new BundlePlan(bundle, list, missing, path, last < 0 ? 0 : finish[last], serial);
  }

  /**
   * Works out each member's earliest finish: its promise after its longest prerequisite chain, and
   * in {@code previous} the prerequisite that chain ends with (-1 for none). Members are indices
   * into the bundle's member list (arrays keep the compiled code small, where maps of codes to
   * boxed finishes made C2 spend most of a second on it). A depth-first walk with a stack of its
   * own instead of recursion, so that a chain of any length fits; a prerequisite already on the
   * walk's path closes a cycle and is skipped.
   */
  private static void finishAll(
      List<Item> members, int[][] before, double[] finish, int[] previous) {
    int n = members.size();
    Arrays.fill(finish, Double.NaN);
    Arrays.fill(previous, -1);
    int[] path = new int[n];
    int[] next = new int[n];
    double[] start = new double[n];
    boolean[] onPath = new boolean[n];
    for (int root = 0; root < n; root++) {
      if (!Double.isNaN(finish[root])) {
        continue;
      }
      int depth = 0;
      path[depth++] = root;
      onPath[root] = true;
      while (depth > 0) {
        int i = path[depth - 1];
        if (next[i] < before[i].length) {
          int b = before[i][next[i]++];
          if (onPath[b]) {
            continue;
          }
          if (Double.isNaN(finish[b])) {
            path[depth++] = b;
            onPath[b] = true;
          } else if (finish[b] > start[i]) {
            start[i] = finish[b];
            previous[i] = b;
          }
          continue;
        }
        depth--;
        onPath[i] = false;
        finish[i] = start[i] + days(members.get(i));
        if (depth > 0 && finish[i] > start[path[depth - 1]]) {
          start[path[depth - 1]] = finish[i];
          previous[path[depth - 1]] = i;
        }
      }
    }
  }

  /**
   * The indices of the members that {@code item} requires first, in the order it names them: the
   * member with the named 实施编码, else every member implementing the named 基本编码.
   */
  private static int[] prerequisitesAmong(
      Item item, Map<String, Integer> byCode, Map<String, List<Integer>> byBasic) {
    List<String> prerequisites = item.prerequisites();
    if (prerequisites.isEmpty()) {
      return NONE;
    }
    IntStream.Builder out = IntStream.builder();
    for (String code : prerequisites) {
      Integer direct = byCode.get(code);
      if (direct != null) {
        out.add(direct);
      } else {
        for (int j : byBasic.getOrDefault(code, List.of())) {
          out.add(j);
        }
      }
    }
    return out.build().toArray();
  }

  /**
   * The single set of materials of {@code plan}: materials with the same {@code ref} or, without
   * one, the same name are one material; in the order members list them.
   */
  public static List<BundleMaterial> materials(
      BundlePlan plan, Map<String, SharedMaterial> dictionary) {
    Map<String, Gathered> byKey = new LinkedHashMap<>();
    for (Item item : plan.members()) {
      for (Material m : item.materials()) {
        SharedMaterial entry = m.ref() == null ? null : dictionary.get(m.ref());
        String name = entry != null ? entry.name() : m.name();
        String key = m.ref() != null ? "ref:" + m.ref() : "name:" + name.strip();
        boolean shared = m.shared() || (entry != null && entry.shared());
        byKey.computeIfAbsent(key, k -> new Gathered(name, m.ref())).add(item, m, shared);
      }
    }
    List<BundleMaterial> all = new ArrayList<>(byKey.size());
    for (Gathered g : byKey.values()) {
      all.add(new BundleMaterial(g.name, g.ref, List.copyOf(g.items), g.necessity, g.shared));
    }
    return List.copyOf(all);
  }

  /**
   * One material of the single set as the members are gathered: the members asking for it (each
   * once, in order), the strongest necessity and whether every one of them can share it.
   */
  private static final class Gathered {
    final String name;
    final String ref;
    final Set<String> items = new LinkedHashSet<>();
    Necessity necessity;
    boolean shared = true;

    Gathered(String name, String ref) {
      this.name = name;
      this.ref = ref;
    }

    void add(Item item, Material m, boolean shared) {
      items.add(item.code());
      if (necessity == null || strength(m.necessity()) > strength(necessity)) {
        necessity = m.necessity();
      }
      this.shared &= shared;
    }
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
