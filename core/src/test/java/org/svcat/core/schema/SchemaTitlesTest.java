package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svcat.core.finding.Messages;
import org.svcat.core.sheet.SheetColumns;
import org.svcat.core.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each field of a catalog's files has its Chinese name in its schema ({@code title}): editors show
 * it, a missing key is named with it, and a key written in Chinese, as a workbook's column or a
 * service guide names the field, is told the English key it stands for.
 */
class SchemaTitlesTest {
  private static final SchemaValidator SCHEMAS = new SchemaValidator();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<String> words(SchemaKind kind, String json, String language) {
    JsonNode doc = JSON.readTree(json);
    return SchemaWording.relevant(SCHEMAS.validate(kind, doc)).stream()
        .map(p -> SchemaWording.message(p, doc, Optional.empty(), Messages.forLanguage(language)))
        .toList();
  }

  private static String item(String members) {
    return "{\"code\": \"c\", \"basicCode\": \"b\", \"type\": \"行政许可\", \"level\": \"县级\","
        + " \"authority\": {\"name\": \"a\", \"creditCode\": \"c\"}, \"serviceObjects\": [\"自然人\"],"
        + " \"conditions\": [], \"handling\": \"承诺件\", \"visits\": 0, \"channels\": [\"窗口办理\"],"
        + " \"fees\": {\"charged\": false}, \"materials\": [], \"legalBasis\": [],"
        + " \"contacts\": {\"consult\": [\"1\"], \"complaint\": [\"2\"]}"
        + members
        + "}";
  }

  @Test
  void aMissingKeyIsNamedWithItsChineseName() {
    String json = item(", \"name\": \"n\", \"deadline\": {}");

    assertThat(words(SchemaKind.ITEM, json, "zh")).containsExactly("缺少必填字段：promised（承诺办结时限）");
    assertThat(words(SchemaKind.ITEM, json, "en"))
        .containsExactly("required key(s) missing: promised (承诺办结时限)");
  }

  @Test
  void aKeyThatTheItemsTypeMakesRequiredIsNamedToo() {
    // legalBasis is required of administrative powers (行政许可 ...) by the schema's if/then
    String json =
        item(", \"name\": \"n\", \"deadline\": {\"promised\": {\"value\": 1, \"unit\": \"工作日\"}}")
            .replace("\"legalBasis\": [],", "");

    assertThat(words(SchemaKind.ITEM, json, "zh")).containsExactly("缺少必填字段：legalBasis（设定依据）");
  }

  @Test
  void aKeyWrittenInChineseIsToldItsEnglishKey() {
    String json =
        item(
            ", \"事项名称\": \"n\", \"deadline\": {\"承诺办结时限\": {\"value\": 1, \"unit\": \"工作日\"}},"
                + " \"*材料名称\": \"身份证\"");

    assertThat(words(SchemaKind.ITEM, json, "en"))
        .containsExactlyInAnyOrder(
            "required key(s) missing: name (事项名称)",
            "required key(s) missing: promised (承诺办结时限)",
            "unknown key \"事项名称\": keys are written in English, and 事项名称 is name; write name:",
            "unknown key \"承诺办结时限\": keys are written in English, and 承诺办结时限 is promised;"
                + " write promised:",
            "unknown key \"*材料名称\": keys are written in English, and *材料名称 is name under"
                + " materials; write name: in materials");
    assertThat(
            words(
                SchemaKind.ITEM,
                item(
                    ", \"name\": \"n\", \"deadline\": {\"promised\": "
                        + "{\"value\": 1, \"unit\": \"工作日\"}}, \"收费标准\": 1"),
                "zh"))
        .containsExactly(
            "未知字段“收费标准”：字段名须写英文，“收费标准”是 fees → items 下的 standard，应写在 fees → items 中，写作"
                + " standard:");
  }

  @Test
  void aNameThatTwoFieldsShareGetsNoAdvice() {
    // 时限数值 is the value of every time limit: legal, promised, a special procedure's limit
    assertThat(
            FieldNames.field(
                "时限数值", Map.of("deadline.legal.value", "时限数值", "deadline.promised.value", "时限数值")))
        .isEmpty();
    // as a workbook's header is written: spaces, a * or （必填） for a required column
    for (String written : List.of(" 事项名称 ", "事项 名称", "*事项名称", "事项名称（必填）")) {
      assertThat(FieldNames.field(written, Map.of("name", "事项名称"))).as(written).contains("name");
    }
    assertThat(FieldNames.field("名称", Map.of("name", "事项名称"))).isEmpty();
  }

  /** The schemas of the files a person writes, by file name. */
  private static Map<String, JsonNode> schemas() throws IOException {
    Map<String, JsonNode> schemas = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(Fixtures.repositoryRoot().resolve("schemas"))) {
      files
          .filter(f -> !f.getFileName().toString().matches("(release|report)-.*"))
          .forEach(f -> schemas.put(f.getFileName().toString(), JSON.readTree(f.toFile())));
    }
    return schemas;
  }

  /** Each property of a catalog file's schema, with or without a title. */
  private static void properties(JsonNode node, String path, List<String> untitled) {
    for (var field : node.path("properties").properties()) {
      if (!field.getValue().path("title").isString()) {
        untitled.add(path + field.getKey());
      }
      properties(field.getValue(), path + field.getKey() + ".", untitled);
    }
    for (String nested : List.of("items", "additionalProperties")) {
      if (node.path(nested).isObject()) {
        properties(node.path(nested), path, untitled);
      }
    }
    for (var def : node.path("$defs").properties()) {
      properties(def.getValue(), path + def.getKey() + ".", untitled);
    }
  }

  @Test
  void everyFieldOfTheCatalogsFilesHasItsChineseName() throws IOException {
    List<String> untitled = new ArrayList<>();
    schemas()
        .forEach(
            (name, schema) -> {
              // policy.yaml and the calendars are written by the few who set the rules, in English
              if (!name.startsWith("policy") && !name.startsWith("calendar")) {
                properties(schema, name + ": ", untitled);
              }
            });
    assertThat(untitled).isEmpty();
  }

  /**
   * A field's Chinese name in the schema is one of the headers of its column in a workbook, so that
   * the name a message gives is the one import reads and export writes.
   */
  @Test
  void theSchemasNamesAreTheWorkbooksHeaders() {
    Map<String, String> itemTitles = titlesOf(SchemaKind.ITEM);
    List<String> checked = new ArrayList<>();
    check(SheetColumns.ITEMS, itemTitles, "", checked);
    check(SheetColumns.MATERIALS, itemTitles, "materials[].", checked);
    check(SheetColumns.SITUATIONS, itemTitles, "situations[].", checked);
    check(SheetColumns.DIRECTORY, titlesOf(SchemaKind.DIRECTORY_ENTRY), "", checked);
    check(SheetColumns.BUNDLES, titlesOf(SchemaKind.BUNDLE), "", checked);
    check(SheetColumns.DICTIONARY, titlesOf(SchemaKind.MATERIALS), "*.", checked);
    assertThat(checked)
        .contains(
            "事项: name",
            "事项: deadline.promised",
            "材料: materials[].copies",
            "情形: situations[].promised",
            "基本目录: levels",
            "一件事: mode",
            "材料字典: *.name");
  }

  /** The names in common.schema.json, which each schema that refers to them shares. */
  private static final List<String> SHARED =
      JSON
          .readTree(Fixtures.repositoryRoot().resolve("schemas/common.schema.json").toFile())
          .findValues("title")
          .stream()
          .filter(JsonNode::isString)
          .map(JsonNode::stringValue)
          .toList();

  private static Map<String, String> titlesOf(SchemaKind kind) {
    return SCHEMAS.titles(kind);
  }

  private static void check(
      SheetColumns.Sheet sheet, Map<String, String> titles, String prefix, List<String> checked) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    sheet
        .columns()
        .forEach(
            (header, field) -> headers.computeIfAbsent(field, f -> new ArrayList<>()).add(header));
    headers.forEach(
        (field, names) -> {
          String path = prefix + field.replace("material.", "materials[].");
          String title = titles.get(path);
          if (title != null) {
            // a shared definition's name may be qualified by the column (法定 + 时限依据)
            assertThat(
                    names.contains(title)
                        || SHARED.contains(title)
                            && names.stream().anyMatch(n -> n.endsWith(title)))
                .as(sheet.name() + " " + path + ": " + names + " against " + title)
                .isTrue();
            checked.add(sheet.name() + ": " + path);
          }
        });
  }
}
