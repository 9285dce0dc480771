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
}
