package org.svcat.core.rules.prerequisite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svcat.core.model.Item;
import org.svcat.core.testing.TestItems;

/** Cycle finding on large graphs: iterative, one cycle per component, shortest cycle reported. */
class PrerequisiteGraphTest {
  private static Item item(String code, List<String> prerequisites) {
    return TestItems.item(code, "B" + code, 0, List.of(), prerequisites);
  }

  @Test
  void aChainOfTwoHundredThousandItemsNeedsNoRecursion() {
    int n = 200_000;
    List<Item> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(item(String.format("C%06d", i), List.of(String.format("C%06d", (i + 1) % n))));
    }
    List<PrerequisiteGraph.Cycle> cycles = new PrerequisiteGraph(items).cycles();
    assertThat(cycles)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.items()).hasSize(n);
              assertThat(c.items().get(0).code()).isEqualTo("C000000");
              assertThat(c.closing().from()).isEqualTo(n - 1);
            });
  }

  @Test
  void anAcyclicChainHasNoCycleAndSelfLoopsAndSeparateCyclesAreEachReportedOnce() {
    List<Item> items =
        List.of(
            item("A", List.of("B")),
            item("B", List.of("C")),
            item("C", List.of()),
            item("D", List.of("D")),
            item("E", List.of("F")),
            item("F", List.of("E", "G")),
            item("G", List.of("E")));
    List<PrerequisiteGraph.Cycle> cycles = new PrerequisiteGraph(items).cycles();
    assertThat(cycles)
        .extracting(c -> c.items().stream().map(Item::code).toList())
        .containsExactly(List.of("D"), List.of("E", "F"));
  }

  @Test
  void aPrerequisiteByBasicCodeReachesEveryItemImplementingIt() {
    List<Item> items = List.of(item("A", List.of("BB")), item("B", List.of("A")));
    assertThat(new PrerequisiteGraph(items).cycles())
        .singleElement()
        .satisfies(c -> assertThat(c.items()).extracting(Item::code).containsExactly("A", "B"));
  }

  @Test
  void manyItemsNamingTheirOwnBasicCodeMakeOneComponentWithoutAnEdgeForEachPair() {
    // each of 20,000 items of 基本编码 B names B: with an edge from each to each, 400 million
    // edges ran out of memory; through B's hub it is 40,000
    int n = 20_000;
    List<Item> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(TestItems.item(String.format("C%05d", i), "B", 1, List.of(), List.of("X", "B")));
    }
    assertThat(new PrerequisiteGraph(items).cycles())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.items()).extracting(Item::code).containsExactly("C00000");
              assertThat(c.closing()).isEqualTo(new PrerequisiteGraph.Edge(0, 0, 1));
            });
  }

  @Test
  void aCycleThroughABasicCodeIsClosedByThePrerequisiteThatNamesIt() {
    List<Item> items =
        List.of(
            TestItems.item("A", "BA", 1, List.of(), List.of("BC")),
            TestItems.item("B", "BB", 1, List.of(), List.of("A")),
            TestItems.item("C", "BC", 1, List.of(), List.of("B")),
            TestItems.item("D", "BC", 1, List.of(), List.of()));
    assertThat(new PrerequisiteGraph(items).cycles())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.items()).extracting(Item::code).containsExactly("A", "C", "B");
              assertThat(c.closing()).isEqualTo(new PrerequisiteGraph.Edge(1, 0, 0));
            });
  }

  @Test
  void theShortestCycleCountsItemsNotHubs() {
    // A → X1 (through 基本编码 BX) → A is two items; A → C → D → A is three, though it has no hub
    List<Item> items =
        List.of(
            TestItems.item("A", "BA", 1, List.of(), List.of("C", "BX")),
            TestItems.item("C", "BC", 1, List.of(), List.of("D")),
            TestItems.item("D", "BD", 1, List.of(), List.of("A")),
            TestItems.item("X1", "BX", 1, List.of(), List.of("A")));
    assertThat(new PrerequisiteGraph(items).cycles())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.items()).extracting(Item::code).containsExactly("A", "X1");
              assertThat(c.closing()).isEqualTo(new PrerequisiteGraph.Edge(3, 0, 0));
            });
  }
}
