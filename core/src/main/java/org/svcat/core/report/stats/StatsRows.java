package org.svcat.core.report.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.svcat.core.finding.Messages;
import org.svcat.core.stats.CatalogStats;
import org.svcat.core.stats.Kpis;

/** The rows of the human-readable stats formats: a header, overall, then each group. */
final class StatsRows {
  private StatsRows() {}

  /** A row: the section it belongs to, its label, and the KPIs. */
  record Row(String section, String label, Kpis kpis) {}

  static List<Row> of(CatalogStats stats, Messages messages) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("", messages.format("stats.overall"), stats.overall()));
    for (var e : stats.groups().entrySet()) {
      String section = messages.format("stats.by." + e.getKey().id());
      for (CatalogStats.Group g : e.getValue()) {
        rows.add(new Row(section, g.key(), g.kpis()));
      }
    }
    return rows;
  }

  static String[] header(Messages messages, String first) {
    return new String[] {
      first,
      messages.format("stats.items"),
      messages.format("stats.immediateRate"),
      messages.format("stats.compressionRatio"),
      messages.format("stats.zeroVisitRate"),
      messages.format("stats.averageVisits"),
      messages.format("stats.fullyOnlineRate"),
      messages.format("stats.materialsPerItem")
    };
  }

  static String[] cells(String label, Kpis k) {
    return new String[] {
      label,
      Integer.toString(k.items()),
      percent(k.immediateRate()),
      k.compressionRatio() == null ? "—" : percent(k.compressionRatio()),
      percent(k.zeroVisitRate()),
      decimal(k.averageVisits()),
      percent(k.fullyOnlineRate()),
      decimal(k.materialsPerItem())
    };
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
