package org.svcat.core.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.svcat.core.io.UnusableFileException;
import org.svcat.core.yaml.ParsedYaml;
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
