package org.svcat.core.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svcat.core.diff.Change;
import org.svcat.core.diff.ChangeLevel;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Messages;
import org.svcat.core.report.RenderOptions;

/** Changes grouped by item, the item with the worst change first. */
final class DiffTextRenderer implements DiffFormat.Renderer {
  private final Messages messages;
  private final boolean color;

  DiffTextRenderer(RenderOptions options) {
    this.messages = Messages.forLanguage(options.language());
    this.color = options.color();
  }

  @Override
  public void render(DiffReport report, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    Map<String, List<Change>> byItem = new LinkedHashMap<>();
    for (Change c : report.changes()) {
      byItem.computeIfAbsent(c.item() == null ? "" : c.item(), k -> new ArrayList<>()).add(c);
    }
    List<Map.Entry<String, List<Change>>> groups = new ArrayList<>(byItem.entrySet());
    groups.sort(
        Comparator.comparing(
                (Map.Entry<String, List<Change>> g) -> g.getValue().get(0).level(),
                Comparator.reverseOrder())
            .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, List<Change>> group : groups) {
      Change first = group.getValue().get(0);
      s.append(paint(first.level(), first.level().name()))
          .append(' ')
          .append(group.getKey().isEmpty() ? messages.format("diff.catalog") : group.getKey());
      if (first.file() != null) {
        s.append("  (").append(first.file()).append(')');
      }
      s.append('\n');
      for (Change c : group.getValue()) {
        s.append("  ")
            .append(paint(c.level(), String.format("%-4s", c.level().name())))
            .append(" [")
            .append(c.type().id())
            .append("] ")
            .append(c.message())
            .append('\n');
      }
      s.append('\n');
    }
    s.append(DiffTextRenderer.summary(report, messages)).append('\n');
    out.write(s.toString());
  }

  private String paint(ChangeLevel level, String text) {
    if (!color) {
      return text;
    }
    String code =
        switch (level) {
          case ERR -> "\u001b[31m";
          case WARN -> "\u001b[33m";
          case INFO -> "\u001b[36m";
        };
    return code + text + "\u001b[0m";
  }

  /** The one-line summary: versions and the number of changes per level. */
  static String summary(DiffReport report, Messages messages) {
    return messages.format(
        "diff.summary",
        report.oldMeta().version(),
        report.newMeta().version(),
        report.count(ChangeLevel.ERR),
        report.count(ChangeLevel.WARN),
        report.count(ChangeLevel.INFO));
  }
}
