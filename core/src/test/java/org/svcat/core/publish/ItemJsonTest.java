package org.svcat.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.load.ModelBinder;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.model.Material;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.model.Status;
import org.svcat.core.report.PrettyJson;
import org.svcat.core.testing.Fixtures;
import org.svcat.core.testing.ItemCorpus;

/**
 * {@link ItemJson} writes what the records give as Jackson trees (labels coded, refs resolved, keys
 * sorted): byte for byte, for every item of the {@link ItemCorpus} (which gives every component of
 * an item a value) against the reference catalog's material dictionary, against that dictionary
 * with every entry's {@code shared} flipped, and against none.
 */
class ItemJsonTest {
  private static List<Item> items;
  private static Map<String, SharedMaterial> dictionary;

  @BeforeAll
  static void readCorpus(@TempDir Path temp) throws IOException {
    ModelBinder binder = new ModelBinder();
    items = ItemCorpus.trees(temp).stream().map(tree -> binder.bind(tree, Item.class)).toList();
    dictionary =
        Svcat.create()
            .load(Fixtures.repositoryRoot().resolve("catalog"), ValidateOptions.DEFAULT)
            .catalog()
            .materials();
  }

  @Test
  void writesEveryItemAsItsRecordsTreeWithTheDictionary() {
    assertThat(items).hasSizeGreaterThan(400);
    assertSameJson(dictionary);
  }

  @Test
  void writesEveryItemAsItsRecordsTreeWithTheDictionarysFlagsFlipped() {
    Map<String, SharedMaterial> flipped = new HashMap<>();
    dictionary.forEach(
        (ref, e) ->
            flipped.put(
                ref,
                new SharedMaterial(
                    e.ref(), e.name(), e.source(), e.issuer(), !e.shared(), e.forms(), e.basis())));
    assertSameJson(flipped);
  }

  @Test
  void writesEveryItemAsItsRecordsTreeWithoutADictionary() {
    assertSameJson(Map.of());
  }

  @Test
  void writesMissingValuesAsNull() {
    Item bare =
        new Item(
            "C1",
            null,
            null,
            ItemType.LICENSING,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Status.ACTIVE,
            null,
            null);
    String json = new String(ItemJson.utf8(bare, dictionary), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(oracle(bare, dictionary)).contains("\"authority\": null");
  }

  @Test
  void theDictionaryAndTheFlagsUsedGiveEveryEntryComponentAValue() {
    List<SharedMaterial> used =
        items.stream()
            .flatMap(i -> i.materials().stream())
            .map(Material::ref)
            .filter(ref -> ref != null && dictionary.containsKey(ref))
            .map(dictionary::get)
            .distinct()
            .toList();
    assertThat(ItemCorpus.valued(used, "entry"))
        .containsAll(ItemCorpus.components(SharedMaterial.class, "entry"));
    // a material not shared itself whose entry is: published as shared
    assertThat(items.stream().flatMap(i -> i.materials().stream()))
        .anyMatch(
            m ->
                !m.shared()
                    && m.ref() != null
                    && dictionary.containsKey(m.ref())
                    && dictionary.get(m.ref()).shared());
  }

  private static void assertSameJson(Map<String, SharedMaterial> dictionary) {
    for (Item item : items) {
      assertThat(new String(ItemJson.utf8(item, dictionary), StandardCharsets.UTF_8))
          .as("%s", item.code())
          .isEqualTo(oracle(item, dictionary));
    }
  }

  /** The item's JSON as a release made it before {@link ItemJson}. */
  private static String oracle(Item item, Map<String, SharedMaterial> dictionary) {
    return new String(
        PrettyJson.writeSortedUtf8(CanonicalJson.itemTree(item, dictionary)),
        StandardCharsets.UTF_8);
  }
}
