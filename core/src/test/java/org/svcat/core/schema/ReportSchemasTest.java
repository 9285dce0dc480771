package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcat.core.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON reports of validate, diff, due and stats, as their golden files hold them, conform to
 * the report schemas; a key the renderer adds or drops without the schema fails here.
 */
class ReportSchemasTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<String> problems(String schema, JsonNode document) {
    Schema s =
        SchemaValidator.offlineRegistry()
            .getSchema(SchemaLocation.of(SchemaKind.BASE_IRI + schema));
    return s.validate(document).stream().map(Error::toString).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "report-validate.schema.json, sample.en.json, findings",
    "report-validate.schema.json, sample.zh.json, summary",
    "report-diff.schema.json, diff.json, changes",
    "report-due.schema.json, due-item.json, remaining",
    "report-due.schema.json, due-item-uncounted.json, legal",
    "report-due.schema.json, due-bundle.json, criticalPath",
    "report-stats.schema.json, stats.json, overall"
  })
  void eachGoldenReportConformsToItsSchemaWhichIsStrict(String schema, String golden, String key)
      throws IOException {
    JsonNode report = JSON.readTree(Files.readString(Fixtures.resource("golden").resolve(golden)));
    assertThat(problems(schema, report)).as(golden).isEmpty();

    ObjectNode extra = (ObjectNode) report.deepCopy();
    extra.put("unexpected", 1);
    assertThat(problems(schema, extra)).as("an unknown key").isNotEmpty();
    ObjectNode missing = (ObjectNode) report.deepCopy();
    missing.remove(key);
    assertThat(problems(schema, missing)).as("without " + key).isNotEmpty();
  }
}
