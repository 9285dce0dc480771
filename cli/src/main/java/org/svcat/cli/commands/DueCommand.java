package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.Svcat;
import org.svcat.core.clock.BundleDue;
import org.svcat.core.clock.CaseClock;
import org.svcat.core.clock.CaseDue;
import org.svcat.core.clock.IsoDay;
import org.svcat.core.clock.MissingCalendarException;
import org.svcat.core.clock.Pause;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.NearestName;
import org.svcat.core.model.Catalog;
import org.svcat.core.report.due.DueFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat due CODE --accepted DATE}: due dates and 红黄绿灯 status of a case. */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description = {
      "Due dates and 红黄绿灯 status of a case: an item (实施编码) or a bundle (一件事 id).",
      "计算办件的承诺与法定办结日期及红黄绿灯状态。",
      "",
      "Exit 0 with the status; 1 when a date falls in a year the catalog has no calendar for (a"
          + " legal or critical-path due date in such a later year is shown as not counted, with the"
          + " status).",
      "退出码：0 正常；1 某个日期落在目录没有工作日历的年份（法定或关键路径期限落在之后的年份时，仍显示状态，该日期标为未计算）。"
    })
public final class DueCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "CODE", description = "实施编码 of an item, or the id of a bundle")
  String code;

  @Option(
      names = "--accepted",
      required = true,
      paramLabel = "DATE",
      description = "Day of acceptance, YYYY-MM-DD (not counted) / 受理日期")
  String accepted;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "Day of the status (default: today in China, Asia/Shanghai) / 查询日期（默认北京时间今日）")
  String today;

  @Option(
      names = "--pause",
      paramLabel = "FROM..TO",
      description = "Clock stopped (special procedure, 补正), repeatable / 暂停计时，可重复")
  List<String> pauses = new ArrayList<>();

  @Option(
      names = "--situation",
      paramLabel = "ID",
      description = "Situation (情形) with its own promise / 情形")
  String situation;

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description =
          "Catalog directory (default: ./catalog, else the catalog the current folder is in) / 目录")
  Path catalog;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  DueFormat format;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public DueCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    Messages messages = Console.messages(language);
    Path dir = CatalogDirs.resolve(catalog, language);
    LocalDate acceptedDay = date("--accepted", accepted, messages);
    LocalDate todayDay =
        today == null ? CaseClock.today(Clock.systemUTC()) : date("--today", today, messages);
    List<Pause> pauseList = new ArrayList<>();
    for (String p : pauses) {
      try {
        pauseList.add(Pause.parse(p));
      } catch (IllegalArgumentException e) {
        throw new UsageException(messages.format("due.bad-pause", p));
      }
    }
    var loaded = Svcat.create().load(dir, console.options(language));
    CatalogDirs.noteErrors(console, language, dir.toString(), loaded, "due.note-errors");
    CaseClock clock = CaseClock.of(loaded.catalog());
    DueFormat.Renderer renderer = format.renderer(language, console.colorTerminal());
    Integer missingCalendar;
    try {
      if (clock.findBundle(code).isPresent()) {
        BundleDue due = clock.bundle(code, acceptedDay, todayDay, pauseList);
        renderer.render(due, console.out());
        missingCalendar = due.missingCalendar();
      } else {
        CaseDue due = clock.item(code, situation, acceptedDay, todayDay, pauseList);
        renderer.render(due, console.out());
        missingCalendar = due.missingCalendar();
      }
    } catch (NoSuchElementException e) {
      throw new UsageException(
          loaded.catalog().itemsByCode().containsKey(code)
              ? messages.format("due.no-situation", code, situation, dir)
              : loaded.unboundCodes().contains(code)
                  ? messages.format("due.unreadable-item", code, dir)
                  : noItem(loaded.catalog(), code, dir, messages));
    } catch (MissingCalendarException e) {
      missingCalendar = e.year();
    }
    console.out().flush();
    if (missingCalendar == null) {
      return ExitCode.OK;
    }
    List<String> unreadable = CatalogDirs.filesWithErrors(loaded, "calendars/");
    console
        .err()
        .println(
            "svcat: "
                + MissingCalendarException.describe(Messages.forLanguage(language), missingCalendar)
                + (unreadable.isEmpty()
                    ? ""
                    : messages.format("due.unreadable-calendars", String.join(", ", unreadable))));
    return ExitCode.FINDINGS;
  }

  /** There is no item or bundle {@code code}: with the nearest code or id, if one is near. */
  private static String noItem(Catalog catalog, String code, Path dir, Messages messages) {
    List<String> known = new ArrayList<>(catalog.itemsByCode().keySet()); // sorted by NearestName
    catalog.bundles().forEach(b -> known.add(b.id()));
    return NearestName.ofCode(code, known)
        .map(near -> messages.format("due.no-item.near", code, dir, near))
        .orElseGet(() -> messages.format("due.no-item", code, dir));
  }

  private static LocalDate date(String option, String text, Messages messages) {
    try {
      return IsoDay.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException(messages.format("due.bad-date", option, text));
    }
  }
}
