package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.ValidationReport;

/** Writes a validation report in one format. One implementation per {@link ReportFormat}. */
public interface ReportRenderer {
  void render(ValidationReport report, Writer out) throws IOException;
}
