package org.svcat.core.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.svcat.core.io.UnusableFileException;
import org.svcat.core.schema.SchemaWording;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.SourceMap;
import org.svcat.core.yaml.StrictYamlReader;
import org.svcat.core.yaml.YamlProblem;
import tools.jackson.databind.JsonNode;

/**
 * How a workbook's columns map to catalog fields: the default (the national exchange schema's
 * headers, {@link SheetColumns}) with a mapping file's additions laid over it:
 *
 * <pre>
 * items:                       # the items sheet
 *   sheet: 实施清单             # its name (default: the sheet whose headers match best)
 *   columns: {办理时限: deadline.promised, 机构: authority.name}
 * materials:
 *   columns: {份数: originals}
 * values:                      # cell text to label, per field
 *   handling: {即办: 即办件, 承诺: 承诺件}
 * </pre>
 */
public record ImportMapping(
    Map<String, SheetColumns.Sheet> sheets,
    Map<String, String> sheetNames,
    Map<String, Map<String, String>> values) {

  /** The default mapping, and the usual spellings of labels. */
  public static ImportMapping defaults() {
    Map<String, SheetColumns.Sheet> sheets = new LinkedHashMap<>();
    for (SheetColumns.Sheet s : SheetColumns.ALL) {
      sheets.put(key(s), s);
    }
    Map<String, Map<String, String>> values = new HashMap<>();
    values.put("handling", Map.of("即办", "即办件", "承诺", "承诺件", "即时办结", "即办件"));
    values.put("level", Map.of("区县级", "县级", "县区级", "县级", "乡镇级", "乡级", "街道", "乡级", "村（社区）级", "村级"));
    values.put("status", Map.of("正常", "在用", "启用", "在用", "停用", "暂停", "取消", "已取消"));
    return new ImportMapping(sheets, Map.of(), values);
  }

  /** The default mapping with the mapping file {@code file} laid over it. */
  public static ImportMapping read(Path file) throws IOException {
    ParsedYaml parsed = new StrictYamlReader().read(Files.readAllBytes(file));
    if (!parsed.problems().isEmpty()) {
      YamlProblem p = parsed.problems().get(0);
      throw UnusableFileException.withMessage(
          "error.not-a-mapping",
          file,
          p.line(),
          p.column(),
          "yaml-syntax.message." + p.kind(),
          p.args());
    }
    if (!parsed.hasTree() || !parsed.root().isObject()) {
      throw new UnusableFileException("error.not-a-mapping", file, 0, 0, null, null);
    }
    ImportMapping base = defaults();
    Map<String, SheetColumns.Sheet> sheets = new LinkedHashMap<>(base.sheets);
    Map<String, String> names = new HashMap<>();
    Map<String, Map<String, String>> values = new HashMap<>(base.values);
    JsonNode root = parsed.root();
    check(file, root, parsed.sourceMap(), sheets);
    for (String kind : sheets.keySet().toArray(String[]::new)) {
      JsonNode node = root.path(kind);
      if (!node.isObject()) {
        continue;
      }
      if (node.path("sheet").isString()) {
        names.put(kind, node.path("sheet").stringValue());
      }
      Map<String, String> columns = new LinkedHashMap<>(sheets.get(kind).columns());
      node.path("columns")
          .properties()
          .forEach(e -> columns.put(e.getKey(), e.getValue().asString()));
      sheets.put(kind, new SheetColumns.Sheet(sheets.get(kind).name(), columns));
    }
    root.path("values")
        .properties()
        .forEach(
            e -> {
              Map<String, String> map = new HashMap<>(values.getOrDefault(e.getKey(), Map.of()));
              e.getValue().properties().forEach(v -> map.put(v.getKey(), v.getValue().asString()));
              values.put(e.getKey(), map);
            });
    return new ImportMapping(sheets, names, values);
  }

  /**
   * Refuses a mapping file that says something svcat would not do: a key it does not know (a typo
   * of {@code values}, say), a column mapped to a field its sheet does not have, a value that is
   * not text. Each is reported where it stands, rather than left without effect.
   */
  private static void check(
      Path file, JsonNode root, SourceMap at, Map<String, SheetColumns.Sheet> sheets)
      throws UnusableFileException {
    Set<String> allFields = new TreeSet<>();
    sheets.values().forEach(sheet -> allFields.addAll(sheet.columns().values()));
    List<String> topKeys = new ArrayList<>(sheets.keySet());
    topKeys.add("values");
    for (Map.Entry<String, JsonNode> top : root.properties()) {
      String kind = top.getKey();
      String pointer = "/" + StrictYamlReader.escape(kind);
      if (!topKeys.contains(kind)) {
        throw problem(file, at.key(pointer), "import.mapping-unknown-key", kind, topKeys);
      }
      boolean isValues = kind.equals("values");
      for (Map.Entry<String, JsonNode> e : mapping(file, at, pointer, top.getValue())) {
        String inner = pointer + "/" + StrictYamlReader.escape(e.getKey());
        if (isValues) {
          if (!allFields.contains(e.getKey())) {
            throw problem(
                file, at.key(inner), "import.mapping-unknown-field", e.getKey(), kind, allFields);
          }
          for (Map.Entry<String, JsonNode> v : mapping(file, at, inner, e.getValue())) {
            text(file, at, inner + "/" + StrictYamlReader.escape(v.getKey()), v.getValue());
          }
        } else if (e.getKey().equals("sheet")) {
          text(file, at, inner, e.getValue());
        } else if (e.getKey().equals("columns")) {
          Set<String> fields = new TreeSet<>(sheets.get(kind).columns().values());
          for (Map.Entry<String, JsonNode> c : mapping(file, at, inner, e.getValue())) {
            String column = inner + "/" + StrictYamlReader.escape(c.getKey());
            text(file, at, column, c.getValue());
            if (!fields.contains(c.getValue().asString())) {
              throw problem(
                  file,
                  at.value(column),
                  "import.mapping-unknown-field",
                  c.getValue().asString(),
                  kind,
                  fields);
            }
          }
        } else {
          throw problem(
              file,
              at.key(inner),
              "import.mapping-unknown-key",
              e.getKey(),
              List.of("sheet", "columns"));
        }
      }
    }
  }

  /** The members of the mapping at {@code pointer}, which must be one. */
  private static Iterable<Map.Entry<String, JsonNode>> mapping(
      Path file, SourceMap at, String pointer, JsonNode node) throws UnusableFileException {
    if (!node.isObject()) {
      throw problem(
          file,
          at.value(pointer),
          "import.mapping-not-a-mapping",
          SchemaWording.lastSegment(pointer));
    }
    return node.properties();
  }

  /** Checks that the value at {@code pointer} is one value (text, or a number or true/false). */
  private static void text(Path file, SourceMap at, String pointer, JsonNode node)
      throws UnusableFileException {
    if (!node.isValueNode() || node.isNull()) {
      throw problem(
          file, at.value(pointer), "import.mapping-not-text", SchemaWording.lastSegment(pointer));
    }
  }

  private static UnusableFileException problem(
      Path file, SourceMap.Position where, String key, Object... args) {
    List<Object> shown = new ArrayList<>();
    for (Object arg : args) {
      shown.add(
          arg instanceof Collection<?> c
              ? String.join(", ", c.stream().map(String::valueOf).toList())
              : arg);
    }
    return UnusableFileException.withMessage(
        "error.not-a-mapping", file, where.line(), where.column(), key, shown);
  }

  /** The mapping-file key of a sheet: items, materials, situations, directory, bundles, ... */
  static String key(SheetColumns.Sheet sheet) {
    if (sheet == SheetColumns.ITEMS) {
      return "items";
    } else if (sheet == SheetColumns.MATERIALS) {
      return "materials";
    } else if (sheet == SheetColumns.SITUATIONS) {
      return "situations";
    } else if (sheet == SheetColumns.DIRECTORY) {
      return "directory";
    } else if (sheet == SheetColumns.BUNDLES) {
      return "bundles";
    } else if (sheet == SheetColumns.DICTIONARY) {
      return "dictionary";
    } else if (sheet == SheetColumns.CALENDARS) {
      return "calendars";
    }
    return "meta";
  }
}
