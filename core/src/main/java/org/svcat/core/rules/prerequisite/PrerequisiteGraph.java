package org.svcat.core.rules.prerequisite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final List<List<Edge>> out;

  PrerequisiteGraph(List<Item> items) {
    this.items = items;
    Map<String, Integer> byCode = new HashMap<>();
    Map<String, List<Integer>> byBasic = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byCode.putIfAbsent(items.get(i).code(), i);
      byBasic.computeIfAbsent(items.get(i).basicCode(), k -> new ArrayList<>()).add(i);
    }
    out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      List<Edge> edges = new ArrayList<>();
      List<String> prerequisites = items.get(i).prerequisites();
      for (int p = 0; p < prerequisites.size(); p++) {
        Integer target = byCode.get(prerequisites.get(p));
        if (target != null) {
          edges.add(new Edge(i, target, p));
        } else {
          for (int t : byBasic.getOrDefault(prerequisites.get(p), List.of())) {
            edges.add(new Edge(i, t, p));
          }
        }
      }
      out.add(edges);
    }
  }

  /** One cycle per strongly connected component that has one, in a stable order. */
  List<Cycle> cycles() {
    List<Cycle> cycles = new ArrayList<>();
    for (int[] component : stronglyConnectedComponents()) {
      if (component.length > 1 || selfLoop(component[0]) != null) {
        cycles.add(cycleThrough(component));
      }
    }
    cycles.sort((a, b) -> a.items().get(0).code().compareTo(b.items().get(0).code()));
    return cycles;
  }

  private Edge selfLoop(int node) {
    return out.get(node).stream().filter(e -> e.to() == node).findFirst().orElse(null);
  }

  /** The shortest cycle through the component's smallest code, found by breadth-first search. */
  private Cycle cycleThrough(int[] component) {
    boolean[] inComponent = new boolean[items.size()];
    int start = component[0];
    for (int n : component) {
      inComponent[n] = true;
      if (items.get(n).code().compareTo(items.get(start).code()) < 0) {
        start = n;
      }
    }
    Edge loop = selfLoop(start);
    if (loop != null) {
      return new Cycle(List.of(items.get(start)), loop);
    }
    Map<Integer, Edge> reachedBy = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(start));
    reachedBy.put(start, null);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Edge e : out.get(node)) {
        if (!inComponent[e.to()]) {
          continue;
        }
        if (e.to() == start) {
          List<Item> path = new ArrayList<>();
          for (Integer at = node;
              at != null;
              at = reachedBy.get(at) == null ? null : reachedBy.get(at).from()) {
            path.add(0, items.get(at));
          }
          return new Cycle(path, e);
        }
        if (!reachedBy.containsKey(e.to())) {
          reachedBy.put(e.to(), e);
          queue.add(e.to());
        }
      }
    }
    throw new IllegalStateException("a strongly connected component without a cycle");
  }

  /** Tarjan's algorithm without recursion (catalogs may chain thousands of prerequisites). */
  private List<int[]> stronglyConnectedComponents() {
    int n = items.size();
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] edgeCursor = new int[n];
    Deque<Integer> stack = new ArrayDeque<>();
    Deque<Integer> call = new ArrayDeque<>();
    List<int[]> components = new ArrayList<>();
    int counter = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      call.push(root);
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!call.isEmpty()) {
        int v = call.peek();
        List<Edge> edges = out.get(v);
        if (edgeCursor[v] < edges.size()) {
          int w = edges.get(edgeCursor[v]++).to();
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            call.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        call.pop();
        if (!call.isEmpty()) {
          int parent = call.peek();
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          List<Integer> component = new ArrayList<>();
          int w;
          do {
            w = stack.pop();
            onStack[w] = false;
            component.add(w);
          } while (w != v);
          components.add(component.stream().mapToInt(Integer::intValue).toArray());
        }
      }
    }
    return components;
  }
}
