package org.svcat.core.report.diff;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.diff.Change;
import org.svcat.core.diff.ChangeLevel;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.report.PrettyJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code diff} JSON of §8.1 of the catalog format (more keys may be added, none removed). */
final class DiffJsonRenderer implements DiffFormat.Renderer {
  @Override
  public void render(DiffReport report, Writer out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.putObject("old").put("version", report.oldMeta().version());
    root.putObject("new").put("version", report.newMeta().version());
    root.putObject("summary")
        .put("ERR", report.count(ChangeLevel.ERR))
        .put("WARN", report.count(ChangeLevel.WARN))
        .put("INFO", report.count(ChangeLevel.INFO));
    ArrayNode changes = root.putArray("changes");
    for (Change c : report.changes()) {
      ObjectNode node = changes.addObject();
      node.put("id", c.type().id()).put("level", c.level().name()).put("kind", c.kind().id());
      node.put("item", c.item()).put("pointer", c.pointer());
      node.set("old", c.oldValue() == null ? node.nullNode() : c.oldValue());
      node.set("new", c.newValue() == null ? node.nullNode() : c.newValue());
      node.put("message", c.message()).put("file", c.file()).put("line", c.line());
    }
    out.write(PrettyJson.write(root));
  }
}
