package org.svcat.core.report.stats;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.finding.Messages;
import org.svcat.core.report.TextTable;
import org.svcat.core.stats.CatalogStats;

/** An aligned table for a terminal: overall, then each group under its heading. */
final class StatsTextRenderer implements StatsFormat.Renderer {
  private final Messages messages;

  StatsTextRenderer(String language) {
    this.messages = Messages.forLanguage(language);
  }

  @Override
  public void render(CatalogStats stats, Writer out) throws IOException {
    out.write(stats.meta().title() + " " + stats.meta().version() + "\n\n");
    TextTable table = new TextTable().row(StatsRows.header(messages, ""));
    String section = "";
    for (StatsRows.Row row : StatsRows.of(stats, messages)) {
      if (!row.section().equals(section)) {
        section = row.section();
        table.row(section);
      }
      table.row(StatsRows.cells(section.isEmpty() ? row.label() : "  " + row.label(), row.kpis()));
    }
    out.write(table.render());
    out.write("\n" + messages.format("stats.note") + "\n");
  }
}
