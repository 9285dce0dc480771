package org.svcat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.svcat.core.model.CalendarYear;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.testing.Fixtures;

/** The reference catalog in catalog/ is realistic, complete and validates clean. */
class ReferenceCatalogTest {
  private static ValidationReport report;

  @BeforeAll
  static void validate() throws IOException {
    Path catalog = Fixtures.repositoryRoot().resolve("catalog");
    report = Svcat.create().validate(catalog, ValidateOptions.DEFAULT.withLanguage("en"));
  }

  @Test
  void validatesClean() {
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void isADistrictCatalogOfAtLeastThirtyItemsInSixDepartments() {
    assertThat(report.catalog().meta().region()).isEqualTo("510107");
    assertThat(report.catalog().items()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(
            report.catalog().items().stream().map(Item::departmentOrAuthority).distinct().count())
        .isGreaterThanOrEqualTo(6);
    assertThat(report.catalog().directory()).hasSameSizeAs(report.catalog().items());
    assertThat(report.catalog().bundles()).isNotEmpty();
    assertThat(report.catalog().materials()).containsKeys("id-card", "business-licence");
    assertThat(report.catalog().calendars())
        .extracting(CalendarYear::year)
        .containsExactlyInAnyOrder(2025, 2026);
  }

  @Test
  void coversTheItemsOfTheSeedArticles() {
    String names =
        report.catalog().items().stream().map(Item::name).collect(Collectors.joining("|"));
    assertThat(names)
        .contains("食品经营许可", "公共场所卫生许可", "排污许可证核发", "企业设立登记", "特种设备使用登记")
        .contains("居民身份证换领、补领", "残疾人证核发", "老年人优待证办理");
    assertThat(report.catalog().items()).anyMatch(i -> !i.situations().isEmpty());
    assertThat(report.catalog().items()).anyMatch(i -> i.fees().charged());
    assertThat(report.catalog().items()).anyMatch(i -> !i.prerequisites().isEmpty());
    assertThat(report.catalog().items()).anyMatch(i -> i.type() == ItemType.PUBLIC_SERVICE);
  }
}
