package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.ValidationReport;

/** Writes a validation report in one format. One implementation per {@link ReportFormat}. */
public interface ReportRenderer {
  void render(ValidationReport report, Writer out) throws IOException;

  /**
   * The renderer for {@code format}.
   *
   * @param language {@code zh} or {@code en}, for the parts of the report that are prose
   * @param color whether to use ANSI colours (only on a terminal)
   */
  static ReportRenderer of(ReportFormat format, String language, boolean color) {
    return switch (format) {
      case TEXT -> new TextRenderer(language, color);
      case JSON -> new JsonRenderer();
    };
  }
}
