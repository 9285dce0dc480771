package org.svcat.core.testing;

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
import org.svcat.core.schema.SchemaKind;
import org.svcat.core.schema.SchemaValidator;
import org.svcat.core.synth.SyntheticCatalog;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.StrictYamlReader;
import tools.jackson.databind.JsonNode;

/**
 * The item and bundle files that the hand-written item code ({@code ItemBinder}, {@code ItemJson})
 * is checked against: every schema-valid item (or bundle) file of the reference catalog, of the
 * rules' fixtures, of the every-field fixtures and of a 300-item synthetic catalog with planted
 * findings. Together they give every component of every record an item or bundle holds a value
 * ({@link #components}, {@link #valued}).
 */
public final class ItemCorpus {
  private ItemCorpus() {}

  /** The trees of the corpus's item files; the synthetic catalog is written into {@code temp}. */
  public static List<JsonNode> trees(Path temp) throws IOException {
    return trees(temp, "items", SchemaKind.ITEM);
  }

  /**
   * The trees of the corpus's bundle files, from the same catalogs; the synthetic catalog is
   * written into {@code temp}.
   */
  public static List<JsonNode> bundleTrees(Path temp) throws IOException {
    return trees(temp, "bundles", SchemaKind.BUNDLE);
  }

  private static List<JsonNode> trees(Path temp, String folder, SchemaKind kind)
      throws IOException {
    Path root = Fixtures.repositoryRoot();
    Path synthetic = temp.resolve("synthetic");
    if (!Files.exists(synthetic)) { // written once for both kinds of file
      SyntheticCatalog.write(root.resolve("catalog"), synthetic, 300, 11, true);
    }
    StrictYamlReader reader = new StrictYamlReader();
    SchemaValidator schemas = new SchemaValidator();
    List<JsonNode> trees = new ArrayList<>();
    for (Path dir :
        List.of(
            root.resolve("catalog"),
            root.resolve("core/src/test/resources/rules"),
            root.resolve("core/src/test/resources/binding"),
            synthetic)) {
      for (Path file : yamlFilesInFolders(dir, folder)) {
        ParsedYaml parsed = reader.read(Files.readAllBytes(file));
        if (parsed.hasTree()
            && parsed.root().isObject()
            && schemas.validate(kind, parsed.root()).isEmpty()) {
          trees.add(parsed.root());
        }
      }
    }
    return trees;
  }

  /** The YAML files under {@code dir} in folders named {@code folder}, in order. */
  private static List<Path> yamlFilesInFolders(Path dir, String folder) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> p.toString().replace('\\', '/').contains("/" + folder + "/"))
          .sorted()
          .toList();
    }
  }

  /**
   * The dotted paths of the components of the record {@code type}, from {@code path}, records and
   * lists of records followed.
   */
  public static Set<String> components(Class<?> type, String path) {
    Set<String> out = new TreeSet<>();
    componentsOf(type, path, out);
    return out;
  }

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

  /**
   * The paths, as {@link #components} names them, of the components of the records {@code values}
   * that hold something other than a default (null, 0, false, an empty list).
   */
  public static Set<String> valued(Collection<?> values, String path) {
    Set<String> out = new TreeSet<>();
    values.forEach(v -> valuesOf(v, path, out));
    return out;
  }

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
