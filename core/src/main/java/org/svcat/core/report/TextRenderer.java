package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;

/**
 * One finding per line, {@code file:line:col: severity [rule] message}, the hint indented on the
 * next line, and a summary. Colour only when asked for (on a terminal, without NO_COLOR).
 */
public final class TextRenderer implements ReportRenderer {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  private final Messages messages;
  private final boolean color;

  public TextRenderer(RenderOptions options) {
    this.messages = Messages.forLanguage(options.language());
    this.color = options.color();
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      out.write(paint(BOLD, f.file() + ":" + f.line() + ":" + f.column() + ":"));
      out.write(" ");
      out.write(paint(colorOf(f.severity()), f.severity().id()));
      out.write(" [" + f.rule() + "] " + f.message());
      out.write("\n");
      if (!f.hint().isEmpty()) {
        out.write(paint(DIM, "    " + messages.format("report.hint", f.hint())));
        out.write("\n");
      }
    }
    out.write(
        messages.format(
            "report.summary",
            report.count(Severity.ERROR),
            report.count(Severity.WARNING),
            report.count(Severity.INFO),
            report.files().size(),
            report.catalog().items().size(),
            report.suppressed()));
    out.write("\n");
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String colorOf(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      default -> "\u001b[36m";
    };
  }
}
