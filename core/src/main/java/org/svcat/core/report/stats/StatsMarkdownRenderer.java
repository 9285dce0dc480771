package org.svcat.core.report.stats;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.finding.Messages;
import org.svcat.core.stats.CatalogStats;

/** Markdown tables: overall and each grouping, for reports and pull requests. */
final class StatsMarkdownRenderer implements StatsFormat.Renderer {
  private final Messages messages;

  StatsMarkdownRenderer(String language) {
    this.messages = Messages.forLanguage(language);
  }

  @Override
  public void render(CatalogStats stats, Writer out) throws IOException {
    StringBuilder md =
        new StringBuilder("## ")
            .append(stats.meta().title())
            .append(' ')
            .append(stats.meta().version())
            .append("\n");
    String section = null;
    for (StatsRows.Row row : StatsRows.of(stats, messages)) {
      if (!row.section().equals(section)) {
        section = row.section();
        md.append("\n### ")
            .append(section.isEmpty() ? messages.format("stats.overall") : section)
            .append("\n\n");
        String[] header =
            StatsRows.header(messages, section.isEmpty() ? "" : messages.format("stats.group"));
        md.append("| ")
            .append(String.join(" | ", header))
            .append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
      }
      String[] cells = StatsRows.cells(row.label().replace("|", "\\|"), row.kpis());
      md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    md.append('\n').append(messages.format("stats.note")).append('\n');
    out.write(md.toString());
  }
}
