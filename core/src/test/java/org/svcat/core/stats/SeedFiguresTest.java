package org.svcat.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.bundle.BundleMaterial;
import org.svcat.core.clock.BundleDue;
import org.svcat.core.clock.CaseClock;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.Item;
import org.svcat.core.testing.Fixtures;

/**
 * The figures the seed articles report, reproduced from small catalogs under {@code seeds/}, and
 * the KPIs of one of them checked by hand.
 */
class SeedFiguresTest {
  private static Catalog catalog(String seed) throws IOException {
    ValidationReport report =
        Svcat.create().validate(Fixtures.resource("seeds/" + seed), ValidateOptions.DEFAULT);
    assertThat(report.findings()).as("the seed catalog %s is clean", seed).isEmpty();
    return report.catalog();
  }

  @Test
  void xianyangFourCertificatesInOne35To7WorkingDaysIs80Percent() throws IOException {
    Kpis kpis = Kpis.of(catalog("xianyang").items());
    assertThat(kpis.compressionRatio()).isCloseTo(0.80, within(1e-9));
  }

  @Test
  void shapingbaFiveDepartmentsInParallel7To2WorkingDaysIs71Point4Percent() throws IOException {
    Catalog catalog = catalog("shapingba");
    BundleDue parallel =
        CaseClock.of(catalog)
            .bundle(
                "new-company",
                LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-02"),
                List.of());
    assertThat(parallel.plan().members())
        .extracting(Item::departmentOrAuthority)
        .doesNotHaveDuplicates()
        .hasSize(5);
    assertThat(parallel.plan().serialDays()).isEqualTo(7);
    assertThat(parallel.plan().criticalDays()).isEqualTo(2);
    assertThat(parallel.plan().savedDays()).isEqualTo(5);
    assertThat(parallel.plan().savedRatio()).isCloseTo(0.714, within(0.0005));
    assertThat(parallel.promised().due()).isEqualTo(LocalDate.parse("2026-03-04"));

    BundleDue serial =
        CaseClock.of(catalog)
            .bundle(
                "new-company-serial",
                LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-02"),
                List.of());
    assertThat(serial.plan().criticalDays()).isEqualTo(7);
    assertThat(serial.criticalPath().due()).isEqualTo(LocalDate.parse("2026-03-11"));
  }

  @Test
  void kpisOfTheShapingbaCatalogCheckedByHand() throws IOException {
    CatalogStats stats = CatalogStats.of(catalog("shapingba"), List.of(Dimension.DEPARTMENT));
    Kpis k = stats.overall();
    // five active items; the cancelled sixth is left out everywhere
    assertThat(k.items()).isEqualTo(5);
    assertThat(k.immediateRate()).isZero();
    // legal 3 + 5 + 3 + 3 = 14, promised 2 + 1 + 1 + 1 = 5 (the seal has no legal limit)
    assertThat(k.compressionRatio()).isCloseTo((14.0 - 5.0) / 14.0, within(1e-12));
    assertThat(k.zeroVisitRate()).isEqualTo(3.0 / 5);
    assertThat(k.averageVisits()).isEqualTo(2.0 / 5);
    assertThat(k.fullyOnlineRate()).isEqualTo(3.0 / 5);
    assertThat(k.materialsPerItem()).isEqualTo(8.0 / 5);
    assertThat(stats.groups().get(Dimension.DEPARTMENT))
        .hasSize(5)
        .filteredOn(g -> g.key().equals("沙坪坝区公安分局"))
        .singleElement()
        .satisfies(g -> assertThat(g.kpis().compressionRatio()).isNull());
  }

  @Test
  void aBundleAsksForOneSetOfMaterials() throws IOException {
    BundleDue restaurant =
        CaseClock.of(
                Svcat.create()
                    .load(Fixtures.repositoryRoot().resolve("catalog"), ValidateOptions.DEFAULT)
                    .catalog())
            .bundle(
                "open-restaurant",
                LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-02"),
                List.of());
    List<String> names = restaurant.materials().stream().map(BundleMaterial::name).toList();
    assertThat(names).doesNotHaveDuplicates().contains("营业执照", "居民身份证");
    BundleMaterial licence =
        restaurant.materials().stream()
            .filter(m -> "business-licence".equals(m.ref()))
            .findFirst()
            .orElseThrow();
    assertThat(licence.items()).hasSizeGreaterThan(1);
    assertThat(licence.shared()).isTrue();
    assertThat(restaurant.plan().criticalPath())
        .extracting(Item::name)
        .containsExactly("企业设立登记", "公共场所卫生许可");
    assertThat(restaurant.plan().criticalDays()).isEqualTo(5);
  }
}
