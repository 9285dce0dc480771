package org.svcat.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.report.RenderOptions;
import org.svcat.core.report.diff.DiffFormat;
import org.svcat.core.testing.Fixtures;
import org.svcat.core.yaml.StrictYamlReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The differ on the reference catalog: identity not files, policy levels, goldens. */
class DiffTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path temp;

  /** The reference catalog with every file renamed and every mapping's keys in reverse order. */
  private Path shuffledCopy() throws IOException {
    Path source = Fixtures.repositoryRoot().resolve("catalog");
    Path copy = temp.resolve("shuffled");
    JsonMapper json = JsonMapper.builder().build();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String rel = source.relativize(file).toString().replace('\\', '/');
        Path target =
            copy.resolve(
                rel.startsWith("items/")
                        || rel.startsWith("directory/")
                        || rel.startsWith("bundles/")
                    ? rel.replaceAll("([^/]+)\\.yaml$", "renamed-$1.yml")
                    : rel);
        Files.createDirectories(target.getParent());
        if (rel.endsWith(".yaml") && !rel.equals("catalog.yaml")) {
          JsonNode tree = new StrictYamlReader().read(Files.readAllBytes(file)).root();
          Files.writeString(
              target, json.writeValueAsString(reversed(tree)), StandardCharsets.UTF_8);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      Collections.reverse(entries);
      ObjectNode out = JsonMapper.builder().build().createObjectNode();
      entries.forEach(e -> out.set(e.getKey(), reversed(e.getValue())));
      return out;
    }
    return node;
  }

  @Test
  void renamedFilesAndReorderedKeysAreNoChange() throws IOException {
    Path shuffled = shuffledCopy();
    assertThat(SVCAT.validate(shuffled, ValidateOptions.DEFAULT).findings()).isEmpty();
    DiffReport report =
        SVCAT.diff(Fixtures.repositoryRoot().resolve("catalog"), shuffled, ValidateOptions.DEFAULT);
    assertThat(report.changes()).isEmpty();
    assertThat(report.fails(ChangeLevel.INFO)).isFalse();
  }

  private Path editedCopy() throws IOException {
    Path copy = temp.resolve("edited");
    Fixtures.copyTree(Fixtures.repositoryRoot().resolve("catalog"), copy);
    Path food = copy.resolve("items/market/food-business-licence.yaml");
    Files.writeString(
        food,
        Files.readString(food)
            .replace("  promised: {value: 3, unit: 工作日}", "  promised: {value: 5, unit: 工作日}")
            .replace("visits: 1\n", "visits: 2\n")
            .replace(
                "    ref: power-of-attorney\n",
                "    ref: power-of-attorney\n  - id: M06\n    name: 健康证明\n    necessity: 必要\n    forms: [纸质]\n    copies: 1\n    source: 其他\n"));
    Path directory = copy.resolve("directory/food-business-licence.yaml");
    Files.writeString(
        directory,
        Files.readString(directory).replace("levels: [国家级, 省级, 市级, 县级]", "levels: [省级, 市级, 县级]"));
    Path id = copy.resolve("items/police/id-card-reissue.yaml");
    Files.writeString(
        id,
        Files.readString(id)
            .replace("  promised: {value: 20, unit: 工作日}", "  promised: {value: 28, unit: 自然日}"));
    Files.delete(copy.resolve("items/tax/tax-clearance-certificate.yaml"));
    return copy;
  }

  @Test
  void theChangesOfAnEditAndTheMajorVersionRule() throws IOException {
    DiffReport report =
        SVCAT.diff(
            Fixtures.repositoryRoot().resolve("catalog"),
            editedCopy(),
            ValidateOptions.DEFAULT.withLanguage("en"));
    assertThat(report.changes())
        .extracting(c -> c.type().id())
        .contains(
            "promised-deadline-increased",
            "visits-increased",
            "material-added",
            "directory-entry-changed",
            "item-removed",
            "deadline-unit-changed",
            "version-bump-required");
    assertThat(report.changes().get(0).level()).isEqualTo(ChangeLevel.ERR);
    Change unit =
        report.changes().stream()
            .filter(c -> c.type() == ChangeType.DEADLINE_UNIT_CHANGED)
            .findFirst()
            .orElseThrow();
    assertThat(unit.message())
        .contains("20 工作日 → 28 自然日")
        .contains("5 工作日 = 7 自然日")
        .contains("not an increase");
    Change directory =
        report.changes().stream()
            .filter(c -> c.type() == ChangeType.DIRECTORY_ENTRY_CHANGED)
            .findFirst()
            .orElseThrow();
    assertThat(directory.message()).contains("食品经营许可（11510107MB1529310N4000125012000）");
    Change added =
        report.changes().stream()
            .filter(c -> c.type() == ChangeType.MATERIAL_ADDED)
            .findFirst()
            .orElseThrow();
    assertThat(added.pointer()).isEqualTo("/materials/M06");
    assertThat(added.kind()).isEqualTo(ChangeKind.BURDEN_INCREASE);
    assertThat(added.file()).isEqualTo("items/market/food-business-licence.yaml");
    assertThat(added.line()).isGreaterThan(60);
    assertThat(added.newValue().path("name").stringValue()).isEqualTo("健康证明");
    assertThat(added.oldValue()).isNull();
  }

  @Test
  void thePolicyOverridesLevelsPerChangeId() throws IOException {
    Path edited = editedCopy();
    Files.writeString(
        edited.resolve("policy.yaml"),
        "changes:\n  material-added: WARN\n  item-removed: off\n  visits-increased: INFO\n  promised-deadline-increased: INFO\n  directory-entry-changed: INFO\n");
    DiffReport report =
        SVCAT.diff(Fixtures.repositoryRoot().resolve("catalog"), edited, ValidateOptions.DEFAULT);
    assertThat(report.changes())
        .extracting(c -> c.type().id())
        .doesNotContain("item-removed", "version-bump-required");
    assertThat(report.changes())
        .filteredOn(c -> c.type() == ChangeType.MATERIAL_ADDED)
        .extracting(Change::level)
        .containsExactly(ChangeLevel.WARN);
    assertThat(report.fails(ChangeLevel.ERR)).isFalse();
  }

  @Test
  void everyChangeIdHasMessagesInBothLanguages() {
    for (String language : List.of("zh", "en")) {
      Messages messages = Messages.forLanguage(language);
      for (ChangeType type : ChangeType.values()) {
        assertThat(messages.has("change." + type.id()))
            .as("%s change.%s", language, type.id())
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "TEXT,en,diff.en.txt",
    "TEXT,zh,diff.zh.txt",
    "JSON,en,diff.json",
    "MARKDOWN,zh,diff.zh.md",
    "GITHUB,en,diff.github.txt",
    "CHANGELOG,zh,CHANGES.zh.md"
  })
  void goldens(DiffFormat format, String language, String golden) throws IOException {
    DiffReport report =
        SVCAT.diff(
            Fixtures.repositoryRoot().resolve("catalog"),
            editedCopy(),
            ValidateOptions.DEFAULT.withLanguage(language));
    StringWriter out = new StringWriter();
    format
        .renderer(new RenderOptions(language, false, "catalog", Severity.ERROR))
        .render(report, out);
    org.svcat.core.report.ReportGoldenTest.Golden.assertMatches(golden, out.toString());
  }
}
