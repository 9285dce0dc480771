package org.svcat.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svcat.core.testing.TestItems;

/** Looking a catalog's items up by code. */
class CatalogTest {
  @Test
  void itemsByCodeHoldTheFirstItemOfEachCode() {
    Item first = TestItems.item("C1", "B1", 10, List.of(), List.of());
    Item other = TestItems.item("C2", "B2", 5, List.of(), List.of());
    Item duplicate = TestItems.item("C1", "B3", 1, List.of(), List.of());
    Catalog catalog =
        new Catalog(
            null, List.of(), false, List.of(first, other, duplicate), null, null, null, null);

    Map<String, Item> byCode = catalog.itemsByCode();

    assertThat(byCode).containsOnlyKeys("C1", "C2");
    assertThat(byCode.get("C1")).isSameAs(first);
    assertThat(byCode.get("C2")).isSameAs(other);
    assertThatThrownBy(() -> byCode.remove("C1")).isInstanceOf(UnsupportedOperationException.class);
  }
}
