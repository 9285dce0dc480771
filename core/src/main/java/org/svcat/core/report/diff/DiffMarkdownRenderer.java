package org.svcat.core.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import org.svcat.core.diff.Change;
import org.svcat.core.diff.ChangeKind;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Messages;
import org.svcat.core.report.MarkdownRenderer;
import org.svcat.core.report.RenderOptions;

/**
 * A pull-request comment: what the change does to applicants and importers, by department, then
 * every change (at most {@link MarkdownRenderer#MAX_ROWS}).
 */
final class DiffMarkdownRenderer implements DiffFormat.Renderer {
  private final RenderOptions options;
  private final Messages messages;

  DiffMarkdownRenderer(RenderOptions options) {
    this.options = options;
    this.messages = Messages.forLanguage(options.language());
  }

  @Override
  public void render(DiffReport report, Writer out) throws IOException {
    StringBuilder md = new StringBuilder("## ");
    md.append(DiffTextRenderer.summary(report, messages)).append("\n\n");
    if (report.changes().isEmpty()) {
      out.write(md.append(messages.format("diff.none")).append('\n').toString());
      return;
    }
    Map<String, long[]> byDepartment = new TreeMap<>();
    for (Change c : report.changes()) {
      String key =
          c.department() == null ? messages.format("report.md.no-department") : c.department();
      byDepartment
          .computeIfAbsent(key, k -> new long[ChangeKind.values().length])[c.kind().ordinal()]++;
    }
    md.append("| ").append(messages.format("report.md.department"));
    for (ChangeKind kind : ChangeKind.values()) {
      md.append(" | ").append(messages.format("diff.kind." + kind.id()));
    }
    md.append(" |\n|---|---:|---:|---:|---:|\n");
    byDepartment.forEach(
        (department, counts) -> {
          md.append("| ").append(MarkdownRenderer.cell(department));
          for (long count : counts) {
            md.append(" | ").append(count);
          }
          md.append(" |\n");
        });
    md.append("\n### ")
        .append(messages.format("diff.details"))
        .append("\n\n| ")
        .append(messages.format("diff.md.level"))
        .append(" | ")
        .append(messages.format("diff.md.change"))
        .append(" | ")
        .append(messages.format("report.md.location"))
        .append(" | ")
        .append(messages.format("report.md.message"))
        .append(" |\n|---|---|---|---|\n");
    int rows = 0;
    for (Change c : report.changes()) {
      if (rows++ == MarkdownRenderer.MAX_ROWS) {
        md.append('\n')
            .append(
                messages.format(
                    "report.md.more", report.changes().size() - MarkdownRenderer.MAX_ROWS))
            .append('\n');
        break;
      }
      String where = c.file() == null ? "" : "`" + options.path(c.file()) + ":" + c.line() + "`";
      md.append("| ")
          .append(c.level().name())
          .append(" | `")
          .append(c.type().id())
          .append("` | ")
          .append(where)
          .append(" | ")
          .append(MarkdownRenderer.cell(c.message()))
          .append(" |\n");
    }
    out.write(md.toString());
  }
}
