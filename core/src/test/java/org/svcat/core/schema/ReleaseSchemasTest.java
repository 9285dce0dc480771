package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.publish.PublishOptions;
import org.svcat.core.publish.Publisher;
import org.svcat.core.publish.Release;
import org.svcat.core.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON a release publishes conforms to the release schemas that ship with it: catalog.json,
 * every items/<code>.json, index.json and manifest.json, for the reference catalog and for one with
 * an item that sets every field (so that each nullable key is seen both ways). The schemas are
 * strict (every key required, no other key), so a key added to or dropped from the output without
 * the schema fails here.
 */
class ReleaseSchemasTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaValidator.offlineRegistry();

  @TempDir static Path temp;
  private static final List<Release> RELEASES = new ArrayList<>();

  private static Schema schema(String name) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(SchemaKind.BASE_IRI + name));
    schema.initializeValidators();
    return schema;
  }

  @BeforeAll
  static void publish() throws Exception {
    Path reference = Fixtures.repositoryRoot().resolve("catalog");
    Path everyField = temp.resolve("every-field");
    Fixtures.copyTree(reference, everyField);
    String item =
        Files.readString(Fixtures.resource("binding/items/every-field.yaml"))
            .replace("ref: business-license", "ref: id-card")
            .replace(
                "https://example.gov.cn/templates/M01.docx",
                "forms/market/food-business-application.txt");
    Files.writeString(everyField.resolve("items/every-field.yaml"), item);
    Files.writeString(
        everyField.resolve("directory/every-field.yaml"),
        "basicCode: \"000112020001\"\nname: 排污许可证变更\ntype: 行政许可\nlevels: [县级]\n"
            + "status: 在用\nlegalBasis:\n  - {title: 《排污许可管理条例》, article: 第十五条, text: 原文}\n");
    Svcat svcat = Svcat.create();
    RELEASES.add(
        new Publisher(svcat)
            .publish(
                reference, new PublishOptions(temp.resolve("a"), null, null, "zh", 1767225600L)));
    RELEASES.add(
        new Publisher(svcat)
            .publish(everyField, new PublishOptions(temp.resolve("b"), null, null, "zh", null)));
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readString(file));
  }

  private static List<String> problems(String schema, JsonNode document) {
    return schema(schema).validate(document).stream().map(Error::toString).toList();
  }

  @Test
  void everyJsonFileOfAReleaseConformsToItsSchema() throws IOException {
    for (Release release : RELEASES) {
      Path dir = release.directory();
      assertThat(problems("release-catalog.schema.json", read(dir.resolve("catalog.json"))))
          .as("catalog.json of %s", dir)
          .isEmpty();
      assertThat(problems("release-index.schema.json", read(dir.resolve("index.json")))).isEmpty();
      assertThat(problems("release-manifest.schema.json", read(dir.resolve("manifest.json"))))
          .isEmpty();
      List<Path> items;
      try (Stream<Path> files = Files.list(dir.resolve("items"))) {
        items = files.sorted().toList();
      }
      assertThat(items).hasSizeGreaterThan(30);
      for (Path item : items) {
        assertThat(problems("release-item.schema.json", read(item))).as("%s", item).isEmpty();
      }
      for (String name :
          List.of(
              "release-catalog.schema.json",
              "release-item.schema.json",
              "release-index.schema.json",
              "release-manifest.schema.json")) {
        assertThat(dir.resolve("schemas/" + name)).as("shipped with the release").exists();
      }
    }
  }

  @Test
  void theSchemasAreStrictAboutKeys() throws IOException {
    Path dir = RELEASES.get(1).directory();
    ObjectNode item = (ObjectNode) read(dir.resolve("items/11510107MB1529612X4000112020001.json"));
    assertThat(item.get("result").isNull()).as("every field set").isFalse();
    assertThat(item.get("materials").get(0).has("dictionary")).isTrue();
    assertThat(problems("release-item.schema.json", item)).isEmpty();

    ObjectNode extra = item.deepCopy();
    extra.put("suppress", "x");
    assertThat(problems("release-item.schema.json", extra)).isNotEmpty();
    ObjectNode missing = item.deepCopy();
    missing.remove("visitReason");
    assertThat(problems("release-item.schema.json", missing)).isNotEmpty();
    ObjectNode label = item.deepCopy();
    ((ObjectNode) label.get("type")).put("label", "许可");
    assertThat(problems("release-item.schema.json", label)).isNotEmpty();
    // a label checked against the catalog's item schema, by a pointer into it
    ObjectNode handling = item.deepCopy();
    ((ObjectNode) handling.get("handling")).put("label", "立即办");
    assertThat(problems("release-item.schema.json", handling)).isNotEmpty();
    ObjectNode uncoded = item.deepCopy();
    uncoded.put("level", "县级");
    assertThat(problems("release-item.schema.json", uncoded)).isNotEmpty();
  }
}
