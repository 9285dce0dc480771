package org.svcat.core.report.stats;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.svcat.core.report.CsvCells;
import org.svcat.core.stats.CatalogStats;
import org.svcat.core.stats.Kpis;

/**
 * One row per scope (overall, then each group) with the KPIs as plain numbers, for spreadsheets;
 * text cells are protected against formula injection.
 */
final class StatsCsvRenderer implements StatsFormat.Renderer {
  @Override
  public void render(CatalogStats stats, Writer out) throws IOException {
    CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
    csv.printRecord(
        "scope",
        "key",
        "items",
        "immediateRate",
        "compressionRatio",
        "zeroVisitRate",
        "averageVisits",
        "fullyOnlineRate",
        "materialsPerItem");
    print(csv, "overall", "", stats.overall());
    stats
        .groups()
        .forEach(
            (dimension, groups) -> {
              for (CatalogStats.Group g : groups) {
                try {
                  print(csv, dimension.id(), g.key(), g.kpis());
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });
    csv.flush();
  }

  private static void print(CSVPrinter csv, String scope, String key, Kpis k) throws IOException {
    csv.printRecord(
        scope,
        CsvCells.text(key),
        k.items(),
        StatsJsonRenderer.round(k.immediateRate()),
        k.compressionRatio() == null ? "" : StatsJsonRenderer.round(k.compressionRatio()),
        StatsJsonRenderer.round(k.zeroVisitRate()),
        StatsJsonRenderer.round(k.averageVisits()),
        StatsJsonRenderer.round(k.fullyOnlineRate()),
        StatsJsonRenderer.round(k.materialsPerItem()));
  }
}
