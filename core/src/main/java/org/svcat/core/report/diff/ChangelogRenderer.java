package org.svcat.core.report.diff;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.diff.Change;
import org.svcat.core.diff.ChangeKind;
import org.svcat.core.diff.ChangeLevel;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Messages;

/**
 * CHANGES.md of a release (Chinese by default): breaking changes for importing systems, then what
 * changes for applicants (heavier, lighter), then the rest.
 */
public final class ChangelogRenderer implements DiffFormat.Renderer {
  private static final ChangeKind[] ORDER = {
    ChangeKind.BREAKING, ChangeKind.BURDEN_INCREASE, ChangeKind.RELIEF, ChangeKind.EDITORIAL
  };

  private final Messages messages;

  public ChangelogRenderer(String language) {
    this.messages = Messages.forLanguage(language);
  }

  @Override
  public void render(DiffReport report, Writer out) throws IOException {
    StringBuilder md = new StringBuilder("# ");
    md.append(
            messages.format(
                "diff.changelog.title", report.newMeta().title(), report.newMeta().version()))
        .append("\n\n");
    md.append(
            messages.format(
                "diff.changelog.since",
                report.oldMeta().version(),
                report.count(ChangeLevel.ERR),
                report.count(ChangeLevel.WARN),
                report.count(ChangeLevel.INFO)))
        .append("\n");
    if (report.changes().isEmpty()) {
      md.append('\n').append(messages.format("diff.none")).append('\n');
    }
    for (ChangeKind kind : ORDER) {
      var changes = report.changes().stream().filter(c -> c.kind() == kind).toList();
      if (changes.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(messages.format("diff.kind." + kind.id())).append("\n\n");
      for (Change c : changes) {
        md.append("- ")
            .append(c.message().replace("\n", " "))
            .append(" `")
            .append(c.type().id())
            .append("`\n");
      }
    }
    out.write(md.toString());
  }
}
