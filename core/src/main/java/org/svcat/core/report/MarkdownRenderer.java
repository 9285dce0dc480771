package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;

/**
 * A Markdown summary for a pull-request comment: the counts, counts by rule and by department, then
 * the findings (at most {@link #MAX_ROWS}).
 */
public final class MarkdownRenderer implements ReportRenderer {
  /** The most findings listed; a comment must stay readable (and under GitHub's size limit). */
  public static final int MAX_ROWS = 200;

  private final RenderOptions options;
  private final Messages messages;

  public MarkdownRenderer(RenderOptions options) {
    this.options = options;
    this.messages = Messages.forLanguage(options.language());
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("## ")
        .append(
            messages.format(
                "report.md.title",
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO)))
        .append("\n\n");
    md.append(
            messages.format(
                "report.md.scope",
                report.catalog().meta().id(),
                report.catalog().meta().version(),
                report.files().size(),
                report.catalog().items().size(),
                report.suppressed()))
        .append("\n\n");
    if (report.findings().isEmpty()) {
      md.append(messages.format("report.md.clean")).append('\n');
      out.write(md.toString());
      return;
    }
    table(
        md,
        messages.format("report.md.by-rule"),
        messages.format("report.md.rule"),
        Findings.byRule(report.findings()),
        true);
    table(
        md,
        messages.format("report.md.by-department"),
        messages.format("report.md.department"),
        Findings.byDepartment(report, messages.format("report.md.no-department")),
        false);
    md.append("### ").append(messages.format("report.md.findings")).append("\n\n");
    md.append("| ")
        .append(messages.format("report.md.severity"))
        .append(" | ")
        .append(messages.format("report.md.location"))
        .append(" | ")
        .append(messages.format("report.md.rule"))
        .append(" | ")
        .append(messages.format("report.md.message"))
        .append(" |\n|---|---|---|---|\n");
    int rows = 0;
    for (Finding f : report.findings()) {
      if (rows++ == MAX_ROWS) {
        md.append('\n')
            .append(messages.format("report.md.more", report.findings().size() - MAX_ROWS))
            .append('\n');
        break;
      }
      md.append("| ")
          .append(f.severity().id())
          .append(" | `")
          .append(options.path(f.file()))
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append("` | `")
          .append(f.rule())
          .append("` | ")
          .append(cell(f.message()))
          .append(" |\n");
    }
    out.write(md.toString());
  }

  private static void table(
      StringBuilder md, String title, String keyHeader, Map<String, long[]> counts, boolean code) {
    md.append("### ")
        .append(title)
        .append("\n\n| ")
        .append(keyHeader)
        .append(" | error | warning | info |\n|---|---:|---:|---:|\n");
    counts.forEach(
        (key, c) ->
            md.append("| ")
                .append(code ? "`" + key + "`" : cell(key))
                .append(" | ")
                .append(c[0])
                .append(" | ")
                .append(c[1])
                .append(" | ")
                .append(c[2])
                .append(" |\n"));
    md.append('\n');
  }

  /** Text safe inside a table cell. */
  public static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }
}
