package org.svcat.core.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.report.PrettyJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The canonical JSON of a release: every code-list label carries its GB/T 39046 code ({@code
 * {"label": "行政许可", "code": "01"}}), material refs are resolved against the shared dictionary,
 * object keys are sorted and items are ordered by code, so the same catalog always gives the same
 * bytes.
 */
final class CanonicalJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new SimpleModule("svcat-coded-labels").addSerializer(new CodedLabels()))
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CanonicalJson() {}

  /**
   * Receives each item as {@link #writeCatalog} makes it, as pretty JSON in UTF-8 ending in a
   * newline; called in the items' order on the thread that writes the catalog.
   */
  interface ItemTexts {
    void accept(Item item, byte[] json) throws IOException;
  }

  /**
   * The whole catalog (metadata, directory, items by code, bundles by id, calendars; keys sorted)
   * written to {@code out} one item at a time, so that a catalog of any size never stands in memory
   * as one tree. Each item's JSON also goes to {@code each} (a release writes it as a file too): it
   * is made once, as UTF-8, and catalog.json takes those bytes indented to its depth.
   *
   * @param items the catalog's items ordered by code ({@link #sortedItems})
   */
  static void writeCatalog(Catalog catalog, List<Item> items, OutputStream out, ItemTexts each)
      throws IOException {
    try (JsonGenerator json = PrettyJson.sortedGenerator(out)) {
      json.writeStartObject();
      json.writeName("bundles");
      json.writeTree(array(catalog.bundles(), Comparator.comparing(Bundle::id)));
      json.writeName("calendars");
      json.writeTree(array(catalog.calendars(), Comparator.comparingInt(c -> c.year())));
      json.writeName("directory");
      json.writeTree(array(catalog.directory(), Comparator.comparing(DirectoryEntry::basicCode)));
      json.writeName("items");
      json.writeStartArray();
      for (Item item : items) {
        byte[] utf8 = ItemJson.utf8(item, catalog.materials());
        each.accept(item, utf8);
        json.writeRawValue(PrettyJson.atArrayDepth(utf8));
      }
      json.writeEndArray();
      json.writeName("meta");
      json.writeTree(tree(catalog.meta()));
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** {@code records} in {@code order} as an array of trees (written with sorted keys). */
  private static <T> JsonNode array(List<T> records, Comparator<? super T> order) {
    ArrayNode array = NODES.arrayNode();
    records.stream().sorted(order).forEach(r -> array.add(tree(r)));
    return array;
  }

  /** The items of a catalog ordered by code. */
  static List<Item> sortedItems(Catalog catalog) {
    List<Item> items = new ArrayList<>(catalog.items());
    items.sort(Comparator.comparing(Item::code));
    return items;
  }

  /**
   * The item as a Jackson tree of its records (labels coded, its suppressions left out, each
   * resolved ref's entry added as {@code dictionary}), to be written with sorted keys: how a
   * release made each item's JSON before {@link ItemJson}, kept as what {@code ItemJsonTest} checks
   * it against and {@code ItemJsonBenchmark} measures it against.
   */
  static JsonNode itemTree(Item item, Map<String, SharedMaterial> dictionary) {
    ObjectNode node = (ObjectNode) tree(item);
    node.remove("suppress");
    JsonNode materials = node.get("materials");
    for (int i = 0; i < item.materials().size(); i++) {
      Material m = item.materials().get(i);
      SharedMaterial entry = m.ref() == null ? null : dictionary.get(m.ref());
      if (entry != null) {
        ObjectNode material = (ObjectNode) materials.get(i);
        material.set("dictionary", tree(entry));
        material.put("shared", m.shared() || entry.shared());
      }
    }
    return node;
  }

  /** A record as a JSON tree, labels as {@code {label, code}}. */
  static JsonNode tree(Object record) {
    return MAPPER.valueToTree(record);
  }

  /**
   * Writes a code-list value as {@code {"code": ..., "label": ...}} wherever it stands (a record's
   * component, a list's element, a map's value), where the catalog files and the model's other JSON
   * have its label alone. Made as the tree is made: converting the labels of a finished tree,
   * guided by the records' components through reflection, took half as long as making the tree.
   */
  private static final class CodedLabels extends StdSerializer<CodedLabel> {
    CodedLabels() {
      super(CodedLabel.class);
    }

    @Override
    public void serialize(CodedLabel value, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      json.writeStringProperty("code", value.code());
      json.writeStringProperty("label", value.label());
      json.writeEndObject();
    }
  }
}
