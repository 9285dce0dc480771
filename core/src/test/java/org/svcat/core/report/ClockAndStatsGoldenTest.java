package org.svcat.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.clock.CaseClock;
import org.svcat.core.clock.Pause;
import org.svcat.core.model.Catalog;
import org.svcat.core.report.due.DueFormat;
import org.svcat.core.report.stats.StatsFormat;
import org.svcat.core.stats.CatalogStats;
import org.svcat.core.stats.Dimension;
import org.svcat.core.testing.Fixtures;

/** Golden files for every format of {@code svcat due} and {@code svcat stats}. */
class ClockAndStatsGoldenTest {
  private static Catalog load(String dir) throws IOException {
    return Svcat.create()
        .load(
            dir.equals("catalog")
                ? Fixtures.repositoryRoot().resolve("catalog")
                : Fixtures.resource(dir),
            ValidateOptions.DEFAULT)
        .catalog();
  }

  @ParameterizedTest
  @CsvSource({"TEXT,en,due-item.en.txt", "TEXT,zh,due-item.zh.txt", "JSON,en,due-item.json"})
  void dueOfAnItem(DueFormat format, String language, String golden) throws IOException {
    var due =
        CaseClock.of(load("catalog"))
            .item(
                "11510107MB1529310N4000125012000",
                "S1",
                LocalDate.parse("2026-09-30"),
                LocalDate.parse("2026-10-09"),
                List.of(Pause.parse("2026-10-08..2026-10-08")));
    StringWriter out = new StringWriter();
    format.renderer(language, false).render(due, out);
    ReportGoldenTest.Golden.assertMatches(golden, out.toString());
  }

  /** The legal due day falls in 2027, for which the reference catalog has no calendar. */
  @ParameterizedTest
  @CsvSource({
    "TEXT,en,due-item-uncounted.en.txt",
    "TEXT,zh,due-item-uncounted.zh.txt",
    "JSON,en,due-item-uncounted.json"
  })
  void dueOfAnItemWhoseLegalDayIsAfterTheCalendars(DueFormat format, String language, String golden)
      throws IOException {
    var due =
        CaseClock.of(load("catalog"))
            .item(
                "11510107MB152928814000508017000",
                null,
                LocalDate.parse("2026-12-04"),
                LocalDate.parse("2026-12-17"),
                List.of());
    StringWriter out = new StringWriter();
    format.renderer(language, false).render(due, out);
    ReportGoldenTest.Golden.assertMatches(golden, out.toString());
  }

  @ParameterizedTest
  @CsvSource({"TEXT,zh,due-bundle.zh.txt", "JSON,en,due-bundle.json"})
  void dueOfABundle(DueFormat format, String language, String golden) throws IOException {
    var due =
        CaseClock.of(load("catalog"))
            .bundle(
                "open-restaurant",
                LocalDate.parse("2026-09-30"),
                LocalDate.parse("2026-10-20"),
                List.of());
    StringWriter out = new StringWriter();
    format.renderer(language, false).render(due, out);
    ReportGoldenTest.Golden.assertMatches(golden, out.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "TEXT,zh,stats.zh.txt",
    "TEXT,en,stats.en.txt",
    "JSON,en,stats.json",
    "CSV,en,stats.csv",
    "MARKDOWN,zh,stats.zh.md"
  })
  void stats(StatsFormat format, String language, String golden) throws IOException {
    CatalogStats stats =
        CatalogStats.of(load("seeds/shapingba"), List.of(Dimension.DEPARTMENT, Dimension.LEVEL));
    StringWriter out = new StringWriter();
    format.renderer(language).render(stats, out);
    ReportGoldenTest.Golden.assertMatches(golden, out.toString());
  }

  @Test
  void csvCellsCannotBecomeFormulas() {
    org.assertj.core.api.Assertions.assertThat(CsvCells.text("=HYPERLINK(\"x\")"))
        .isEqualTo("'=HYPERLINK(\"x\")");
    org.assertj.core.api.Assertions.assertThat(CsvCells.text("+1")).isEqualTo("'+1");
    org.assertj.core.api.Assertions.assertThat(CsvCells.text("-1")).isEqualTo("'-1");
    org.assertj.core.api.Assertions.assertThat(CsvCells.text("@SUM")).isEqualTo("'@SUM");
    org.assertj.core.api.Assertions.assertThat(CsvCells.text("区市场监管局")).isEqualTo("区市场监管局");
  }
}
