package org.svcat.core.rules.prerequisite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.svcat.core.model.Item;

/**
 * The prerequisite graph of a catalog: an edge from an item to each item it requires first (a
 * prerequisite naming a 基本编码 points at every item implementing it). Cycles are found with Tarjan's
 * algorithm, iteratively, in time linear in items + edges.
 */
final class PrerequisiteGraph {
  /** One edge: the item at {@code from} requires {@code to}, by its prerequisite {@code index}. */
  record Edge(int from, int to, int index) {}

  /** A cycle: the items in order, and the edge that closes it (from the last back to the first). */
  record Cycle(List<Item> items, Edge closing) {}

  private final List<Item> items;

  /**
   * The edges out of item {@code i} are {@code i}'s slots {@code first[i]} to {@code first[i+1]}.
   */
  private final int[] first;

  private final int[] target;
  private final int[] entry;

  PrerequisiteGraph(List<Item> items) {
    this.items = items;
    int n = items.size();
    Map<String, Integer> byCode = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      byCode.putIfAbsent(items.get(i).code(), i);
    }
    Map<String, List<Integer>> byBasic = null;
    first = new int[n + 1];
    IntStream.Builder to = IntStream.builder();
    IntStream.Builder index = IntStream.builder();
    int edges = 0;
    for (int i = 0; i < n; i++) {
      first[i] = edges;
      List<String> prerequisites = items.get(i).prerequisites();
      for (int p = 0; p < prerequisites.size(); p++) {
        Integer direct = byCode.get(prerequisites.get(p));
        if (direct != null) {
          to.add(direct);
          index.add(p);
          edges++;
          continue;
        }
        if (byBasic == null) {
          byBasic = byBasicCode(items);
        }
        for (int t : byBasic.getOrDefault(prerequisites.get(p), List.of())) {
          to.add(t);
          index.add(p);
          edges++;
        }
      }
    }
    first[n] = edges;
    target = to.build().toArray();
    entry = index.build().toArray();
  }

  /** The items implementing each 基本编码, built only when a prerequisite is not an item's code. */
  private static Map<String, List<Integer>> byBasicCode(List<Item> items) {
    Map<String, List<Integer>> byBasic = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byBasic.computeIfAbsent(items.get(i).basicCode(), k -> new ArrayList<>()).add(i);
    }
    return byBasic;
  }

  /** One cycle per strongly connected component that has one, in a stable order. */
  List<Cycle> cycles() {
    List<Cycle> cycles = new ArrayList<>();
    boolean[] inComponent = new boolean[items.size()];
    int[] reachedFrom = new int[items.size()];
    Arrays.fill(reachedFrom, -1);
    for (int[] component : cyclicComponents()) {
      for (int node : component) {
        inComponent[node] = true;
      }
      cycles.add(cycleThrough(component, inComponent, reachedFrom));
      for (int node : component) {
        inComponent[node] = false;
        reachedFrom[node] = -1;
      }
    }
    cycles.sort((a, b) -> a.items().get(0).code().compareTo(b.items().get(0).code()));
    return cycles;
  }

  private Edge selfLoop(int node) {
    for (int e = first[node]; e < first[node + 1]; e++) {
      if (target[e] == node) {
        return new Edge(node, node, entry[e]);
      }
    }
    return null;
  }

  /**
   * The shortest cycle through the component's smallest code, found by breadth-first search. {@code
   * inComponent} marks the component's items; {@code reachedFrom} is -1 for all of them.
   */
  private Cycle cycleThrough(int[] component, boolean[] inComponent, int[] reachedFrom) {
    int start = component[0];
    for (int n : component) {
      if (items.get(n).code().compareTo(items.get(start).code()) < 0) {
        start = n;
      }
    }
    Edge loop = selfLoop(start);
    if (loop != null) {
      return new Cycle(List.of(items.get(start)), loop);
    }
    reachedFrom[start] = start;
    int[] queue = new int[component.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      int node = queue[head++];
      for (int e = first[node]; e < first[node + 1]; e++) {
        int next = target[e];
        if (!inComponent[next]) {
          continue;
        }
        if (next == start) {
          List<Item> path = new ArrayList<>();
          for (int at = node; at != start; at = reachedFrom[at]) {
            path.add(items.get(at));
          }
          path.add(items.get(start));
          Collections.reverse(path);
          return new Cycle(path, new Edge(node, start, entry[e]));
        }
        if (reachedFrom[next] < 0) {
          reachedFrom[next] = node;
          queue[tail++] = next;
        }
      }
    }
    throw new IllegalStateException("a strongly connected component without a cycle");
  }

  /**
   * The strongly connected components that hold a cycle (more than one item, or an item that
   * requires itself), by Tarjan's algorithm without recursion (catalogs may chain thousands of
   * prerequisites) and on arrays of ints (a catalog has a component for every item).
   */
  private List<int[]> cyclicComponents() {
    int n = items.size();
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] edgeCursor = new int[n];
    int[] stack = new int[n];
    int stackSize = 0;
    int[] call = new int[n];
    int callSize = 0;
    List<int[]> components = new ArrayList<>();
    int counter = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      call[callSize++] = root;
      index[root] = low[root] = counter++;
      stack[stackSize++] = root;
      onStack[root] = true;
      edgeCursor[root] = first[root];
      while (callSize > 0) {
        int v = call[callSize - 1];
        if (edgeCursor[v] < first[v + 1]) {
          int w = target[edgeCursor[v]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[stackSize++] = w;
            onStack[w] = true;
            edgeCursor[w] = first[w];
            call[callSize++] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        callSize--;
        if (callSize > 0) {
          int parent = call[callSize - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          int from = stackSize;
          do {
            from--;
            onStack[stack[from]] = false;
          } while (stack[from] != v);
          if (stackSize - from > 1 || selfLoop(v) != null) {
            components.add(Arrays.copyOfRange(stack, from, stackSize));
          }
          stackSize = from;
        }
      }
    }
    return components;
  }
}
