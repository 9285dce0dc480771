package org.svcat.core.report.due;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.svcat.core.bundle.BundleMaterial;
import org.svcat.core.clock.BundleDue;
import org.svcat.core.clock.CaseDue;
import org.svcat.core.clock.Light;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Messages;
import org.svcat.core.report.TextTable;

/** What a window clerk reads at a glance: the light, the dates, the days left. */
final class DueTextRenderer implements DueFormat.Renderer {
  private final Messages messages;
  private final boolean color;

  DueTextRenderer(String language, boolean color) {
    this.messages = Messages.forLanguage(language);
    this.color = color;
  }

  @Override
  public void render(CaseDue due, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append(light(due.light(), due.remainingWorkingDays())).append('\n');
    s.append(due.name());
    if (due.situation() != null) {
      s.append(" / ").append(due.situation());
    }
    s.append("  ").append(due.item()).append("\n\n");
    TextTable table = TextTable.leftAligned();
    table.row(messages.format("due.accepted"), due.accepted().toString(), "");
    table.row(
        messages.format("due.promised"), due.promised().limit().toString(), date(due.promised()));
    if (due.legal() != null) {
      table.row(
          messages.format("due.legal"),
          due.legal().limit().toString(),
          date(due.legal())
              + (due.legalOverdue() ? "  " + messages.format("due.legal-overdue") : ""));
    } else {
      table.row(messages.format("due.legal"), messages.format("due.no-legal"), "");
    }
    table.row(
        messages.format("due.today"),
        due.today().toString(),
        remaining(due.remainingWorkingDays()));
    if (!due.pauses().isEmpty()) {
      table.row(
          messages.format("due.pauses"),
          due.pauses().stream().map(Object::toString).collect(Collectors.joining(", ")),
          "");
    }
    s.append(table.render());
    out.write(s.toString());
  }

  @Override
  public void render(BundleDue due, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append(light(due.light(), due.remainingWorkingDays())).append('\n');
    s.append(due.plan().bundle().name())
        .append("  ")
        .append(due.plan().bundle().id())
        .append(" / ")
        .append(due.plan().bundle().mode().label())
        .append("\n\n");
    TextTable table = TextTable.leftAligned();
    table.row(messages.format("due.accepted"), due.accepted().toString(), "");
    table.row(
        messages.format("due.promised"), due.promised().limit().toString(), date(due.promised()));
    table.row(
        messages.format("due.critical-path"),
        UnitConversion.format(due.plan().criticalDays()) + " 工作日",
        date(due.criticalPath()));
    table.row(
        messages.format("due.today"),
        due.today().toString(),
        remaining(due.remainingWorkingDays()));
    s.append(table.render()).append('\n');
    s.append(
            messages.format(
                "due.saving",
                UnitConversion.format(due.plan().serialDays()),
                UnitConversion.format(due.plan().criticalDays()),
                UnitConversion.format(due.plan().savedDays()),
                due.plan().savedRatio()))
        .append('\n');
    s.append(messages.format("due.path"))
        .append(
            due.plan().criticalPath().stream()
                .map(i -> i.name() + " " + i.deadline().promised())
                .collect(Collectors.joining(" → ")))
        .append("\n\n");
    s.append(messages.format("due.materials", due.materials().size())).append('\n');
    int n = 1;
    for (BundleMaterial m : due.materials()) {
      s.append(String.format(java.util.Locale.ROOT, "%3d. ", n++))
          .append(m.name())
          .append(" [")
          .append(m.necessity().label());
      if (m.shared()) {
        s.append(", ").append(messages.format("due.shared"));
      }
      s.append("]");
      if (m.items().size() > 1) {
        s.append(" ×").append(m.items().size());
      }
      s.append('\n');
    }
    if (!due.plan().missing().isEmpty()) {
      s.append(messages.format("due.missing", String.join(", ", due.plan().missing())))
          .append('\n');
    }
    out.write(s.toString());
  }

  private String light(Light light, int remaining) {
    String text = "● " + messages.format("due.light." + light.id());
    if (!color) {
      return text;
    }
    String code =
        switch (light) {
          case GREEN -> "\u001b[32m";
          case YELLOW -> "\u001b[33m";
          case RED -> "\u001b[31m";
        };
    return code + "\u001b[1m" + text + "\u001b[0m";
  }

  private String remaining(int days) {
    if (days > 0) {
      return messages.format("due.remaining", days);
    }
    return days == 0 ? messages.format("due.due-today") : messages.format("due.late", -days);
  }

  /** The due day, or the year whose calendar it needs when it was not counted. */
  private String date(CaseDue.Due due) {
    return due.due() != null
        ? date(due.due())
        : messages.format("due.missing-calendar", due.missingCalendar());
  }

  private String date(LocalDate day) {
    int dow = day.getDayOfWeek().getValue();
    String weekday = messages.format("due.weekday." + dow);
    return messages.format(dow >= 6 ? "due.date.make-up" : "due.date", day.toString(), weekday);
  }
}
