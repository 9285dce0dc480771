package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.model.Item;
import org.svcat.core.schema.SchemaKind;
import org.svcat.core.schema.SchemaValidator;
import org.svcat.core.synth.SyntheticCatalog;
import org.svcat.core.testing.Fixtures;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.StrictYamlReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ItemBinder} binds what Jackson binds: every schema-valid item file of the reference
 * catalog, of the rules' fixtures and of a synthetic catalog with planted findings, bound both
 * ways, gives equal records; and those files give every component of every record an item holds a
 * value, so that a key the binder misspells, or a component it leaves out, cannot go unseen.
 */
class ItemBinderTest {
  private static final ModelBinder BINDER = new ModelBinder();
  private static final List<JsonNode> TREES = new ArrayList<>();

  @BeforeAll
  static void readCorpus(@TempDir Path temp) throws IOException {
    Path root = Fixtures.repositoryRoot();
    Path synthetic = temp.resolve("synthetic");
    SyntheticCatalog.write(root.resolve("catalog"), synthetic, 300, 11, true);
    StrictYamlReader reader = new StrictYamlReader();
    SchemaValidator schemas = new SchemaValidator();
    for (Path dir :
        List.of(
            root.resolve("catalog/items"),
            root.resolve("core/src/test/resources/rules"),
            root.resolve("core/src/test/resources/binding"),
            synthetic.resolve("items"))) {
      for (Path file : yamlFilesInItemFolders(dir)) {
        ParsedYaml parsed = reader.read(Files.readAllBytes(file));
        if (parsed.hasTree()
            && parsed.root().isObject()
            && schemas.validate(SchemaKind.ITEM, parsed.root()).isEmpty()) {
          TREES.add(parsed.root());
        }
      }
    }
  }

  private static List<Path> yamlFilesInItemFolders(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> p.toString().replace('\\', '/').contains("/items/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void bindsEveryItemAsJacksonDoes() {
    assertThat(TREES).hasSizeGreaterThan(400);
    for (JsonNode tree : TREES) {
      assertThat(BINDER.bind(tree, Item.class))
          .as("%s", tree.path("code"))
          .isEqualTo(BINDER.bindWithJackson(tree, Item.class));
    }
  }

  @Test
  void theCorpusGivesEveryComponentAValue() {
    Set<String> components = new TreeSet<>();
    componentsOf(Item.class, "item", components);
    Set<String> valued = new TreeSet<>();
    for (JsonNode tree : TREES) {
      valuesOf(BINDER.bind(tree, Item.class), "item", valued);
    }
    assertThat(valued).containsAll(components);
    assertThat(components).contains("item.deadline.specialProcedures.limit.basis");
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

  /** The dotted paths of the components of {@code type}, records and lists of them followed. */
  private static void componentsOf(Class<?> type, String path, Set<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      String at = path + "." + c.getName();
      out.add(at);
      Class<?> element = elementType(c.getGenericType());
      if (element.isRecord()) {
        componentsOf(element, at, out);
      }
    }
  }

  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  /** The paths of the components of {@code value} that hold something other than a default. */
  private static void valuesOf(Object value, String path, Set<String> out) {
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String at = path + "." + c.getName();
      if (v == null
          || Integer.valueOf(0).equals(v)
          || Boolean.FALSE.equals(v)
          || (v instanceof Collection<?> list && list.isEmpty())) {
        continue;
      }
      out.add(at);
      for (Object element : v instanceof Collection<?> list ? list : List.of(v)) {
        if (element.getClass().isRecord()) {
          valuesOf(element, at, out);
        }
      }
    }
  }
}
