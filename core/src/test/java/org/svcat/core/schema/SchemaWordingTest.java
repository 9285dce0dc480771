package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svcat.core.finding.Messages;
import org.svcat.core.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Schema problems said in the user's language, for every keyword and pattern the schemas use. */
class SchemaWordingTest {
  private static final SchemaValidator SCHEMAS = new SchemaValidator();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Keywords that only structure or annotate a schema: they never fail by themselves. */
  private static final Set<String> NOT_ASSERTIONS =
      Set.of(
          "$schema",
          "$id",
          "$ref",
          "$defs",
          "title",
          "description",
          "properties",
          "items",
          "if",
          "then");

  private static List<String> words(SchemaKind kind, String json, String language) {
    JsonNode doc = JSON.readTree(json);
    return SchemaWording.relevant(SCHEMAS.validate(kind, doc)).stream()
        .map(
            p ->
                p.pointer()
                    + " "
                    + SchemaWording.message(
                        p, doc, Optional.empty(), Messages.forLanguage(language)))
        .toList();
  }

  /**
   * The schemas of the catalog's files; not those of the JSON svcat writes (release-*, report-*),
   * which svcat writes and never checks a person's file against.
   */
  private static Stream<JsonNode> schemas() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.repositoryRoot().resolve("schemas"))) {
      return files
          .filter(f -> !f.getFileName().toString().matches("(release|report)-.*"))
          .sorted()
          .map(f -> JSON.readTree(f.toFile()))
          .toList()
          .stream();
    }
  }

  /** Every keyword in {@code schema} and the schemas inside it, and every pattern. */
  private static void collect(JsonNode schema, Set<String> keywords, Set<String> patterns) {
    if (!schema.isObject()) {
      return;
    }
    for (var e : schema.properties()) {
      String keyword = e.getKey();
      JsonNode value = e.getValue();
      keywords.add(keyword);
      switch (keyword) {
        case "properties", "$defs" -> value.forEach(s -> collect(s, keywords, patterns));
        case "oneOf" -> value.forEach(s -> collect(s, keywords, patterns));
        case "items", "additionalProperties", "propertyNames", "if", "then" ->
            collect(value, keywords, patterns);
        case "pattern" -> patterns.add(value.stringValue());
        default -> {}
      }
    }
  }

  @Test
  void everyKeywordAndPatternOfTheSchemasIsWorded() throws IOException {
    Set<String> keywords = new TreeSet<>();
    Set<String> patterns = new TreeSet<>();
    schemas().forEach(s -> collect(s, keywords, patterns));
    keywords.removeAll(NOT_ASSERTIONS);
    assertThat(SchemaWording.WORDED).containsAll(keywords);
    assertThat(SchemaWording.PATTERNS.keySet()).containsExactlyInAnyOrderElementsOf(patterns);
    for (String language : List.of("en", "zh")) {
      for (String name : SchemaWording.PATTERNS.values()) {
        assertThat(Messages.forLanguage(language).has("schema.pattern." + name))
            .as(language + " " + name)
            .isTrue();
      }
    }
  }

  @Test
  void valuesOutOfBoundsAreSaidWithTheValueAndTheBound() {
    String item =
        """
        {"code": "", "basicCode": "x", "name": "a", "type": "公共服务", "level": "县级",
         "authority": {"name": "n", "creditCode": "c"}, "serviceObjects": ["自然人", "自然人"],
         "conditions": [], "handling": "即办件",
         "deadline": {"promised": {"value": -1, "unit": "工作日"}}, "visits": 100, "channels": [],
         "fees": {"charged": false},
         "materials": [{"id": "M 1", "name": "n", "necessity": "必要"}],
         "contacts": {"consult": ["1"], "complaint": ["1"]}, "effectiveFrom": "2026-1-1"}
        """;
    assertThat(words(SchemaKind.ITEM, item, "zh"))
        .containsExactly(
            "/code 不能为空",
            "/serviceObjects “自然人”重复列出",
            "/deadline/promised/value -1 小于允许的最小值 0",
            "/visits 100 大于允许的最大值 99",
            "/channels 至少需要列出一项",
            "/materials/0/id “M 1”不符合此处要求的格式：只能包含字母、数字、_ 和 -",
            "/effectiveFrom “2026-1-1”不符合此处要求的格式：YYYY-MM-DD 格式的日期");
    assertThat(words(SchemaKind.ITEM, item, "en"))
        .contains(
            "/code must not be empty",
            "/serviceObjects lists \"自然人\" more than once",
            "/visits 100 is above the greatest value allowed, 99",
            "/effectiveFrom \"2026-1-1\" is not of the form required here: a date written"
                + " YYYY-MM-DD");
  }

  @Test
  void aFailedOneOfIsSaidOnceForTheFormTheValueWasMeantToHave() {
    assertThat(words(SchemaKind.POLICY, "{\"rules\": {\"material-vague\": \"of\"}}", "zh"))
        .containsExactly("/rules/material-vague “of”不是允许的取值，是否应为“off”？允许：off、error、warning、info");
    assertThat(
            words(
                SchemaKind.POLICY,
                "{\"rules\": {\"material-vague\": {\"severity\": \"loud\"}}}",
                "en"))
        .containsExactly(
            "/rules/material-vague/severity \"loud\" is not an allowed value; allowed: off, error,"
                + " warning, info");
    assertThat(words(SchemaKind.POLICY, "{\"rules\": {\"material-vague\": 5}}", "en"))
        .containsExactly(
            "/rules/material-vague \"5\" is not an allowed value; allowed: off, error, warning,"
                + " info");
  }

  @Test
  void aKeyOfTheWrongFormIsNamedAtTheKey() {
    JsonNode policy = JSON.readTree("{\"rules\": {\"Bad_Id\": \"off\"}}");
    List<SchemaProblem> problems = SCHEMAS.validate(SchemaKind.POLICY, policy);
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo("/rules/Bad_Id");
              assertThat(p.atKey()).isTrue();
              assertThat(
                      SchemaWording.message(
                          p, policy, Optional.empty(), Messages.forLanguage("zh")))
                  .isEqualTo("键“Bad_Id”不符合此处要求的格式：只能包含小写字母、数字和 -");
            });
  }

  /**
   * An unknown key is told what it may stand for: the nearest key allowed at its own place (a
   * timeLimit's, in common.schema.json, for a deadline); a key and value joined by a full-width
   * colon or a colon without a space; a key that holds a space YAML does not take for one.
   */
  @Test
  void anUnknownKeyIsToldWhatItMayStandFor() {
    String item =
        """
        {"deadline": {"legal": {"valeu": 20, "unit": "工作日"}, "promised": {"value：10": null}},
         "handeling": "承诺件", "\u3000visits": 0, "xyzzy": 1}
        """;
    assertThat(words(SchemaKind.ITEM, item, "en"))
        .contains(
            "/deadline/legal/valeu unknown key \"valeu\"; did you mean \"value\"?",
            "/deadline/promised/value：10 unknown key \"value：10\": a key and its value joined"
                + " by a full-width colon, or by a colon without a space after it; write value: 10",
            "/handeling unknown key \"handeling\"; did you mean \"handling\"?",
            "/\u3000visits unknown key \"\u3000visits\": it holds U+3000, which looks like a space but"
                + " is none to YAML; indent and separate with ASCII spaces only",
            "/xyzzy unknown key \"xyzzy\"");
    assertThat(words(SchemaKind.ITEM, item, "zh"))
        .contains(
            "/handeling 未知字段“handeling”，是否应为“handling”？",
            "/deadline/promised/value：10 未知字段“value：10”：键和值之间用了全角冒号，或冒号后缺少空格；应写作 value: 10");
  }

  /**
   * A text where a mapping belongs, that is a key and its value joined by a wrong colon ({@code
   * fees:} then {@code charged：false} on the next line), is said as such; other texts are not.
   */
  @Test
  void aKeyAndValueReadAsOneTextAreToldHowToBeWritten() {
    assertThat(words(SchemaKind.ITEM, "{\"fees\": \"charged：false\"}", "zh"))
        .contains(
            "/fees 类型错误：应为映射（键: 值），实为字符串：“charged：false”的键和值之间用了全角冒号，或冒号后缺少空格；应写作"
                + " charged: false");
    assertThat(words(SchemaKind.ITEM, "{\"fees\": \"charged:false\"}", "en"))
        .anyMatch(w -> w.startsWith("/fees ") && w.endsWith("write charged: false"));
    for (String plain : List.of("免费", "收费：见附件", "https://example.org", "a: b")) {
      assertThat(words(SchemaKind.ITEM, "{\"fees\": \"" + plain + "\"}", "en"))
          .as(plain)
          .contains("/fees wrong type: a mapping (key: value) expected, a string found");
    }
  }

  /**
   * Digits, brackets and commas typed in full width, which YAML reads as text: said with the value
   * as it should be written; look-alikes that are not (a text, an unknown value among the entries,
   * a single-valued field) keep the plain message.
   */
  @Test
  void fullWidthDigitsBracketsAndCommasAreToldHowToBeWritten() {
    assertThat(
            words(
                SchemaKind.ITEM,
                """
                {"visits": "０", "deadline": {"legal": {"value": "２０", "unit": "工作日"}},
                 "serviceObjects": ["企业法人，事业法人、其他组织"],
                 "channels": "【窗口办理，快递申请】"}
                """,
                "zh"))
        .contains(
            "/visits 类型错误：应为整数，实为字符串：“０”用的是全角数字；应写作 0",
            "/deadline/legal/value 类型错误：应为整数，实为字符串：“２０”用的是全角数字；应写作 20",
            "/serviceObjects/0 “企业法人，事业法人、其他组织”是一项而不是多项：全角逗号（，、）不能分隔列表中的各项；应写作"
                + " [企业法人, 事业法人, 其他组织]",
            "/channels 类型错误：应为列表，实为字符串：“【窗口办理，快递申请】”用的是全角括号，YAML 只把它当作文字；应写作" + " [窗口办理, 快递申请]");
    assertThat(
            words(
                SchemaKind.ITEM,
                """
                {"visits": "多次", "serviceObjects": ["企业法人，个体户"], "handling": "即办件，承诺件",
                 "channels": "窗口办理，快递申请"}
                """,
                "en"))
        .contains(
            "/visits wrong type: an integer expected, a string found",
            "/channels wrong type: a list expected, a string found")
        .anyMatch(w -> w.startsWith("/serviceObjects/0 \"企业法人，个体户\" is not an allowed value"))
        .anyMatch(w -> w.startsWith("/handling \"即办件，承诺件\" is not an allowed value"));
  }

  /** A value outside its code list is told the allowed value it may stand for, if one is close. */
  @Test
  void aValueNearAnAllowedOneIsToldIt() {
    assertThat(
            words(
                SchemaKind.ITEM,
                "{\"handling\": \"承诺\", \"type\": \"行政审批\", \"deadline\": {\"legal\":"
                    + " {\"value\": 20, \"unit\": \"工作天\"}}}",
                "zh"))
        .contains(
            "/handling “承诺”不是允许的取值，是否应为“承诺件”？允许：即办件、承诺件、其他",
            "/deadline/legal/unit “工作天”不是允许的取值，是否应为“工作日”？允许：工作日、自然日、月")
        .anyMatch(w -> w.startsWith("/type “行政审批”不是允许的取值；允许："));
  }

  /**
   * A number in quotes, and 是, 否 or YAML 1.1's yes and no where a boolean belongs: text to YAML
   * 1.2, said with the value as it should be written.
   */
  @Test
  void aQuotedNumberAndAYesOrNoInWordsAreToldHowToBeWritten() {
    assertThat(
            words(
                SchemaKind.ITEM,
                "{\"visits\": \"1\", \"fees\": {\"charged\": \"否\", \"onlinePayment\": \"yes\"}}",
                "zh"))
        .contains(
            "/visits 类型错误：应为整数，实为字符串：“1”加了引号，因而是文字；应写作 1",
            "/fees/charged 类型错误：应为true 或 false，实为字符串：“否”应写作 false（YAML 1.2 只把 true 和 false 读作是或否）",
            "/fees/onlinePayment 类型错误：应为true 或 false，实为字符串：“yes”应写作 true（YAML 1.2 只把 true 和 false 读作是或否）");
    assertThat(
            words(
                SchemaKind.ITEM,
                "{\"visits\": \"一次\", \"materials\": [{\"id\": \"M01\", \"name\": \"申请书\","
                    + " \"necessity\": \"必要\", \"originals\": \"1份\", \"copies\": \"两份\"}]}",
                "en"))
        .contains(
            "/visits wrong type: an integer expected, a string found: write 1 for \"一次\"",
            "/materials/0/originals wrong type: an integer expected, a string found: write 1 for"
                + " \"1份\"",
            "/materials/0/copies wrong type: an integer expected, a string found: write 2 for"
                + " \"两份\"");
    // the words a workbook's yes-or-no cell may hold, as import reads them (CellsTest)
    assertThat(words(SchemaKind.ITEM, "{\"fees\": {\"charged\": \"免费\"}}", "en"))
        .contains(
            "/fees/charged wrong type: true or false expected, a string found: write false for"
                + " \"免费\" (YAML 1.2 reads only true and false as yes or no)");
    assertThat(words(SchemaKind.ITEM, "{\"fees\": {\"charged\": \"视情况\"}}", "en"))
        .contains("/fees/charged wrong type: true or false expected, a string found");
  }

  /**
   * A time limit written as in a service guide ({@code 10个工作日}) or as a bare number is told its
   * value and unit; "quote it" is said only where a text belongs, never for a number written where
   * a mapping does (it said: write "20").
   */
  @Test
  void aTimeLimitWrittenAsTextIsToldItsValueAndUnit() {
    JsonNode item =
        JSON.readTree(
            "{\"deadline\": {\"legal\": 20, \"promised\": \"１０个工作日\","
                + " \"specialProcedures\": [{\"name\": \"专家评审\", \"limit\": \"3个月\"}]}}");
    List<String> said =
        SCHEMAS.validate(SchemaKind.ITEM, item).stream()
            .filter(p -> p.pointer().startsWith("/deadline"))
            .map(
                p ->
                    p.pointer()
                        + " "
                        + SchemaWording.message(
                            p,
                            item,
                            p.pointer().endsWith("legal") ? Optional.of("20") : Optional.empty(),
                            Messages.forLanguage("en")))
            .toList();
    assertThat(said)
        .containsExactlyInAnyOrder(
            "/deadline/legal wrong type: a mapping (key: value) expected, an integer found: a time"
                + " limit is written with its value and unit, {value: 20, unit: 工作日}",
            "/deadline/promised wrong type: a mapping (key: value) expected, a string found: a time"
                + " limit is written with its value and unit, {value: 10, unit: 工作日}",
            "/deadline/specialProcedures/0/limit wrong type: a mapping (key: value) expected, a"
                + " string found: a time limit is written with its value and unit, {value: 3,"
                + " unit: 月}");
  }

  @Test
  void aPatternOfNoSchemaIsShownAsItIs() {
    assertThat(SchemaWording.pattern("^x$", Messages.forLanguage("en")))
        .isEqualTo("the pattern ^x$");
  }
}
