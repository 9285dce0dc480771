package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.BundleMode;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.testing.ItemCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ItemBinder} binds what Jackson binds: every item and bundle file of the {@link
 * ItemCorpus}, bound both ways, gives equal records; and those files give every component of every
 * record an item or a bundle holds a value, so that a key the binder misspells, or a component it
 * leaves out, cannot go unseen.
 */
class ItemBinderTest {
  private static final ModelBinder BINDER = new ModelBinder();
  private static final List<JsonNode> TREES = new ArrayList<>();
  private static final List<JsonNode> BUNDLE_TREES = new ArrayList<>();

  @BeforeAll
  static void readCorpus(@TempDir Path temp) throws IOException {
    TREES.addAll(ItemCorpus.trees(temp));
    BUNDLE_TREES.addAll(ItemCorpus.bundleTrees(temp));
  }

  /** Each of {@code trees} binds to the same {@code type} record as Jackson binds it to. */
  private static <T> void bindAsJackson(List<JsonNode> trees, Class<T> type, String key) {
    for (JsonNode tree : trees) {
      assertThat(BINDER.bind(tree, type))
          .as("%s", tree.path(key))
          .isEqualTo(BINDER.bindWithJackson(tree, type));
    }
  }

  @Test
  void bindsEveryItemAsJacksonDoes() {
    assertThat(TREES).hasSizeGreaterThan(400);
    bindAsJackson(TREES, Item.class, "code");
  }

  @Test
  void theCorpusGivesEveryComponentAValue() {
    Set<String> components = ItemCorpus.components(Item.class, "item");
    List<Item> items = TREES.stream().map(tree -> BINDER.bind(tree, Item.class)).toList();
    assertThat(ItemCorpus.valued(items, "item")).containsAll(components);
    assertThat(components).contains("item.deadline.specialProcedures.limit.basis");
  }

  @Test
  void bindsEveryBundleAsJacksonDoes() {
    assertThat(BUNDLE_TREES).hasSizeGreaterThan(20);
    bindAsJackson(BUNDLE_TREES, Bundle.class, "id");
  }

  @Test
  void theBundlesGiveEveryComponentAValue() {
    Set<String> components = ItemCorpus.components(Bundle.class, "bundle");
    List<Bundle> bundles =
        BUNDLE_TREES.stream().map(tree -> BINDER.bind(tree, Bundle.class)).toList();
    assertThat(ItemCorpus.valued(bundles, "bundle")).containsAll(components);
    assertThat(bundles).extracting(Bundle::mode).contains(BundleMode.PARALLEL, BundleMode.SERIAL);
  }

  @Test
  void aBundleWithoutItsOptionalFieldsBindsAsInJackson() {
    ObjectNode tree = (ObjectNode) BUNDLE_TREES.get(0).deepCopy();
    tree.remove("leadAuthority");
    tree.putNull("mode");
    assertThat(BINDER.bind(tree, Bundle.class))
        .isEqualTo(BINDER.bindWithJackson(tree, Bundle.class));
    assertThat(BINDER.bind(tree, Bundle.class).mode()).isEqualTo(BundleMode.PARALLEL);
  }

  @Test
  void anUnknownLabelThrowsAsInJackson() {
    ObjectNode tree = ((ObjectNode) TREES.get(0).deepCopy()).put("handling", "立即办");
    assertThatThrownBy(() -> BINDER.bind(tree, Item.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("立即办");
    assertThatThrownBy(() -> BINDER.bindWithJackson(tree, Item.class))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void missingValuesBindAsInJackson() {
    ObjectNode tree = (ObjectNode) TREES.get(0).deepCopy();
    for (String key : List.of("visits", "fees", "materials", "status", "authority", "deadline")) {
      tree.remove(key);
    }
    tree.putNull("department");
    assertThat(BINDER.bind(tree, Item.class)).isEqualTo(BINDER.bindWithJackson(tree, Item.class));
  }

  /**
   * Lists of one or two code-list labels are shared among the records rather than made for each: a
   * 100,000-item catalog has some 490,000 of them (see docs/performance.md).
   */
  @Test
  void listsOfOneOrTwoLabelsAreSharedAmongRecords() {
    List<Item> items = TREES.stream().map(tree -> BINDER.bind(tree, Item.class)).toList();
    assertThat(sharedShortLists(items.stream().map(Item::channels).toList())).isGreaterThan(10);
    assertThat(
            sharedShortLists(
                items.stream().flatMap(i -> i.materials().stream()).map(Material::forms).toList()))
        .isGreaterThan(10);
  }

  /** How many of {@code lists} of one or two elements are the very instance of an equal one. */
  private static int sharedShortLists(List<? extends List<?>> lists) {
    Map<List<?>, List<?>> first = new HashMap<>();
    int shared = 0;
    for (List<?> list : lists) {
      if (list == null || list.isEmpty() || list.size() > 2) {
        continue;
      }
      List<?> seen = first.putIfAbsent(list, list);
      if (seen != null) {
        assertThat(list).isSameAs(seen);
        shared++;
      }
    }
    return shared;
  }
}
