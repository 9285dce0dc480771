package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.schema.SchemaKind;
import org.svcat.core.testing.Fixtures;

/**
 * A file svcat cannot read is reported once, by its own finding: what names it (a bundle, an item's
 * material ref) is not also reported as naming nothing.
 */
class UnreadFilesTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path catalog;

  @BeforeEach
  void copyTheReferenceCatalog() {
    Fixtures.copyTree(Fixtures.repositoryRoot().resolve("catalog"), catalog);
  }

  private List<String> findings() throws IOException {
    return SVCAT.validate(catalog, ValidateOptions.DEFAULT.withLanguage("en")).findings().stream()
        .map(f -> f.rule() + " " + f.file())
        .toList();
  }

  @Test
  void anItemSavedInGbkIsReportedOnceNotAlsoByTheBundleThatNamesIt() throws IOException {
    Path item = catalog.resolve("items/civil/disability-subsidies.yaml");
    String text = Files.readString(item);
    assertThat(findings()).isEmpty();

    Files.write(item, text.getBytes(Charset.forName("GBK")));

    assertThat(findings()).containsExactly("yaml-syntax items/civil/disability-subsidies.yaml");
  }

  @Test
  void anItemWithASyntaxErrorIsReportedOnce() throws IOException {
    Path item = catalog.resolve("items/civil/disability-subsidies.yaml");
    Files.writeString(item, Files.readString(item) + "notes: [\n");

    assertThat(findings()).containsExactly("yaml-syntax items/civil/disability-subsidies.yaml");
  }

  @Test
  void aDictionaryThatCannotBeReadIsReportedOnceNotByEachRef() throws IOException {
    Path materials = catalog.resolve("materials.yaml");
    Files.writeString(materials, Files.readString(materials) + "x: [\n");

    assertThat(findings()).containsExactly("yaml-syntax materials.yaml");
  }

  @Test
  void aRefThatIsNotInAReadableDictionaryIsStillReported() throws IOException {
    Path materials = catalog.resolve("materials.yaml");
    String text = Files.readString(materials);
    Files.writeString(materials, text.replace("id-card:", "identity-card:"));

    assertThat(findings())
        .contains("material-ref-unknown items/tax/tax-clearance-certificate.yaml");
  }

  @Test
  void theCodesOnTheTopLevelLinesOfAFileYamlCannotRead() {
    String item =
        "# yaml-language-server: $schema=../../schemas/item.schema.json\r\n"
            + "code: \"11510107MB1529310N4000125012000\"\r\n"
            + "basicCode: '000125012000'  # 食品经营许可\r\n"
            + "  code: 11510107MB1529310N4000125099000\r\n"
            + "name: [\r\n";
    assertThat(CatalogLoader.writtenCodes(SchemaKind.ITEM, item.getBytes(StandardCharsets.UTF_8)))
        .containsExactlyInAnyOrder("11510107MB1529310N4000125012000", "000125012000");
    assertThat(
            CatalogLoader.writtenCodes(
                SchemaKind.ITEM, ("\uFEFF" + item).getBytes(StandardCharsets.UTF_16LE)))
        .containsExactlyInAnyOrder("11510107MB1529310N4000125012000", "000125012000");
    assertThat(CatalogLoader.writtenCodes(SchemaKind.BUNDLE, item.getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }
}
