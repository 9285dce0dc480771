package org.svcat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.finding.Finding;
import org.svcat.core.load.LoadResult;
import org.svcat.core.model.Item;
import org.svcat.core.testing.Fixtures;

/**
 * A report for part of a catalog: the whole catalog is checked, and the part's files, findings,
 * items and suppressions are reported, with how many findings stand elsewhere.
 */
class ValidationReportTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path catalog;

  private ValidationReport within(List<String> paths) throws IOException {
    ValidateOptions options = ValidateOptions.DEFAULT.withLanguage("en");
    LoadResult load = SVCAT.load(catalog, options);
    return SVCAT.validate(load, options).within(load, new CatalogPart(paths));
  }

  @Test
  void aFolderOfTheCatalogWithItsFindingsItemsAndSuppressions() throws IOException {
    Fixtures.copyTree(Fixtures.repositoryRoot().resolve("catalog"), catalog);
    Path market = catalog.resolve("items/market/food-business-licence.yaml");
    Files.writeString(market, Files.readString(market) + "notes: x\n");
    Path civil = catalog.resolve("items/civil/disability-subsidies.yaml");
    Files.writeString(civil, Files.readString(civil) + "notes: [\n");

    ValidationReport whole = within(List.of());
    ValidationReport part = within(List.of("items/civil"));

    assertThat(whole.findings())
        .extracting(Finding::file)
        .contains(
            "items/market/food-business-licence.yaml", "items/civil/disability-subsidies.yaml");
    assertThat(part.findings())
        .extracting(Finding::file)
        .containsOnly("items/civil/disability-subsidies.yaml");
    assertThat(part.outside())
        .isEqualTo(whole.findings().size() - part.findings().size())
        .isPositive();
    assertThat(part.files()).allMatch(f -> f.startsWith("items/civil/")).hasSize(5);
    assertThat(part.catalog().items())
        .extracting(Item::code)
        .hasSize(4)
        .allMatch(code -> whole.catalog().items().stream().anyMatch(i -> i.code().equals(code)));
    // the reference catalog suppresses one finding in items/civil and seven in all
    assertThat(whole.suppressed()).isEqualTo(7);
    assertThat(part.suppressed()).isEqualTo(1);
    assertThat(within(List.of("items/civil/social-organization-registration.yaml")).suppressed())
        .isEqualTo(1);
  }

  @Test
  void theCatalogFolderItselfIsTheWholeReport() throws IOException {
    Fixtures.copyTree(Fixtures.repositoryRoot().resolve("catalog"), catalog);

    ValidationReport whole = within(List.of());

    assertThat(within(List.of(""))).isEqualTo(whole);
    assertThat(within(List.of("items/civil", ""))).isEqualTo(whole);
    assertThat(within(List.of("items/civ")).files()).isEmpty();
  }
}
