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
 * prerequisite naming a 基本编码 points at every item implementing it). Such a prerequisite goes
 * through a hub, a node of its own for that 基本编码 with an edge to each item implementing it, so that
 * the graph stays linear in items and prerequisites: with an edge from every item naming a 基本编码 to
 * every item implementing it, 20,000 items of one 基本编码 that each named it made 400 million edges
 * and ran out of memory. Cycles are found with Tarjan's algorithm, iteratively, in time linear in
 * nodes + edges; a cycle through a hub is a cycle through the items on either side.
 */
final class PrerequisiteGraph {
  /** One edge: the item at {@code from} requires {@code to}, by its prerequisite {@code index}. */
  record Edge(int from, int to, int index) {}

  /** A cycle: the items in order, and the edge that closes it (from the last back to the first). */
  record Cycle(List<Item> items, Edge closing) {}

  private final List<Item> items;

  /** The 基本编码 of each hub; hub {@code k} is node {@code items.size() + k}. */
  private final String[] hubCodes;

  /**
   * The edges out of node {@code v} are {@code v}'s slots {@code first[v]} to {@code first[v+1]}:
   * an item's in the order of its prerequisites, a hub's to the items implementing its 基本编码.
   */
  private final int[] first;

  private final int[] target;

  /** The prerequisite each edge stands for (its index in the item's list); -1 out of a hub. */
  private final int[] entry;

  PrerequisiteGraph(List<Item> items) {
    this.items = items;
    int n = items.size();
    Map<String, Integer> byCode = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      byCode.putIfAbsent(items.get(i).code(), i);
    }
    Map<String, List<Integer>> byBasic = null;
    Map<String, Integer> hubs = new HashMap<>();
    List<String> hubList = new ArrayList<>();
    int[] itemFirst = new int[n];
    IntStream.Builder to = IntStream.builder();
    IntStream.Builder index = IntStream.builder();
    int edges = 0;
    for (int i = 0; i < n; i++) {
      itemFirst[i] = edges;
      List<String> prerequisites = items.get(i).prerequisites();
      for (int p = 0; p < prerequisites.size(); p++) {
        String code = prerequisites.get(p);
        Integer node = byCode.get(code);
        if (node == null) {
          if (byBasic == null) {
            byBasic = byBasicCode(items);
          }
          if (!byBasic.containsKey(code)) {
            continue; // names nothing in the catalog: prerequisite-unknown's business
          }
          node = hubs.get(code);
          if (node == null) {
            node = n + hubList.size();
            hubs.put(code, node);
            hubList.add(code);
          }
        }
        to.add(node);
        index.add(p);
        edges++;
      }
    }
    hubCodes = hubList.toArray(String[]::new);
    first = new int[n + hubCodes.length + 1];
    System.arraycopy(itemFirst, 0, first, 0, n);
    for (int k = 0; k < hubCodes.length; k++) {
      first[n + k] = edges;
      for (int implementer : byBasic.get(hubCodes[k])) {
        to.add(implementer);
        index.add(-1);
        edges++;
      }
    }
    first[n + hubCodes.length] = edges;
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

  private boolean isItem(int node) {
    return node < items.size();
  }

  /** One cycle per strongly connected component that has one, in a stable order. */
  List<Cycle> cycles() {
    int nodes = first.length - 1;
    List<Cycle> cycles = new ArrayList<>();
    boolean[] inComponent = new boolean[nodes];
    int[] reachedFrom = new int[nodes];
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

  /** The first prerequisite of item {@code node} that names the item itself, or null. */
  private Edge selfLoop(int node) {
    for (int e = first[node]; e < first[node + 1]; e++) {
      int t = target[e];
      if (t == node
          || (!isItem(t) && hubCodes[t - items.size()].equals(items.get(node).basicCode()))) {
        return new Edge(node, node, entry[e]);
      }
    }
    return null;
  }

  /**
   * The shortest cycle through the component's smallest code, found by breadth-first search over
   * items, a hub's items counting as the items the prerequisite names (as if each had an edge of
   * its own). {@code inComponent} marks the component's nodes; {@code reachedFrom} is -1 for all of
   * them. A hub is gone through once: the first time is the nearest, and no item it leads to is
   * reached sooner later.
   */
  private Cycle cycleThrough(int[] component, boolean[] inComponent, int[] reachedFrom) {
    int start = -1;
    for (int node : component) {
      if (isItem(node)
          && (start < 0 || items.get(node).code().compareTo(items.get(start).code()) < 0)) {
        start = node;
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
        int via = target[e];
        if (!inComponent[via]) {
          continue;
        }
        // an item is its own one target; a hub stands for the items it leads to
        int from = via;
        int to = via + 1;
        if (!isItem(via)) {
          if (reachedFrom[via] >= 0) {
            continue;
          }
          reachedFrom[via] = node;
          from = first[via];
          to = first[via + 1];
        }
        for (int h = from; h < to; h++) {
          int next = isItem(via) ? via : target[h];
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
    }
    throw new IllegalStateException("a strongly connected component without a cycle");
  }

  /**
   * The strongly connected components that hold a cycle (more than one node, or an item that
   * requires itself), by Tarjan's algorithm without recursion (catalogs may chain thousands of
   * prerequisites) and on arrays of ints (a catalog has a component for every item). A component of
   * more than one node holds an item, since hubs lead only to items.
   */
  private List<int[]> cyclicComponents() {
    int n = first.length - 1;
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
          if (stackSize - from > 1 || (isItem(v) && selfLoop(v) != null)) {
            components.add(Arrays.copyOfRange(stack, from, stackSize));
          }
          stackSize = from;
        }
      }
    }
    return components;
  }
}
