package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line
 * per finding, which GitHub shows as an annotation on the file's line in the pull request.
 */
public final class GithubRenderer implements ReportRenderer {
  private final RenderOptions options;

  public GithubRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
          };
      String text = f.hint().isEmpty() ? f.message() : f.message() + "\n" + f.hint();
      out.write(
          "::"
              + command
              + " file="
              + property(options.path(f.file()))
              + ",line="
              + f.line()
              + ",col="
              + f.column()
              + ",title="
              + property("svcat [" + f.rule() + "]")
              + "::"
              + data(text)
              + "\n");
    }
  }

  /** Escapes a message (workflow command data). */
  public static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value. */
  public static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
