package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.Svcat;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shape of §8.1 of the catalog format (stable; keys may be added, never removed). */
public final class JsonRenderer implements ReportRenderer {
  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.putObject("tool").put("name", "svcat").put("version", Svcat.VERSION);
    root.putObject("catalog")
        .put("id", report.catalog().meta().id())
        .put("version", report.catalog().meta().version());
    root.putObject("summary")
        .put("files", report.files().size())
        .put("items", report.catalog().items().size())
        .put("error", report.count(Severity.ERROR))
        .put("warning", report.count(Severity.WARNING))
        .put("info", report.count(Severity.INFO))
        .put("suppressed", report.suppressed());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      findings
          .addObject()
          .put("rule", f.rule())
          .put("severity", f.severity().id())
          .put("file", f.file())
          .put("line", f.line())
          .put("column", f.column())
          .put("pointer", f.pointer())
          .put("item", f.item())
          .put("message", f.message())
          .put("hint", f.hint());
    }
    out.write(PrettyJson.write(root));
  }
}
