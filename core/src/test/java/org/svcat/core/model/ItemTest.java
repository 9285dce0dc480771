package org.svcat.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svcat.core.testing.TestItems;

/** Looking an item's materials up by id. */
class ItemTest {
  private static Material material(String id, String name) {
    return new Material(
        id, name, Necessity.REQUIRED, null, List.of(), 0, 0, null, null, false, null, null, null);
  }

  private static Item itemWith(List<Material> materials) {
    return TestItems.item("C1", "B1", 10, materials, List.of());
  }

  @Test
  void materialsByIdHoldTheFirstOfEachIdAsMaterialFindsIt() {
    Item item =
        itemWith(List.of(material("M1", "申请表"), material("M2", "身份证"), material("M1", "承诺书")));

    Map<String, Material> byId = item.materialsById();

    assertThat(byId).containsOnlyKeys("M1", "M2");
    assertThat(byId.get("M1").name()).isEqualTo("申请表");
    assertThat(byId.get("M1")).isEqualTo(item.material("M1").orElseThrow());
    assertThat(byId.get("M2")).isEqualTo(item.material("M2").orElseThrow());
    assertThat(item.material("M3")).isEmpty();
    assertThatThrownBy(() -> byId.put("M3", material("M3", "营业执照")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
