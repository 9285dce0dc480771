package org.svcat.cli.commands;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.Svcat;
import org.svcat.core.report.stats.StatsFormat;
import org.svcat.core.stats.CatalogStats;
import org.svcat.core.stats.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code svcat stats [DIR]}: the KPIs of a catalog, overall and by department, type or level. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "KPIs of a catalog: 即办率, 承诺时限压缩比, 跑零次率, average visits, 全程网办率, materials per item.",
      "统计目录指标：即办率、时限压缩比、零跑动率、平均跑动次数、全程网办率、平均材料数。"
    })
public final class StatsCommand implements Callable<Integer> {
  private final Console console;

  @Mixin CatalogDirArgument catalogDir;

  @Option(
      names = "--by",
      paramLabel = "GROUP",
      split = ",",
      description = "department, type, level; repeatable (default: department)")
  List<Dimension> by = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, csv, markdown (default: ${DEFAULT-VALUE})")
  StatsFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout")
  Path output;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public StatsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    Path catalog = catalogDir.resolve(language);
    var loaded = Svcat.create().load(catalog, console.options(language));
    CatalogDirs.noteErrors(console, language, catalog.toString(), loaded, "stats.note-errors");
    CatalogStats stats =
        CatalogStats.of(loaded.catalog(), by.isEmpty() ? List.of(Dimension.DEPARTMENT) : by);
    StringWriter text = new StringWriter();
    format.renderer(language).render(stats, text);
    console.emit(text.toString(), output);
    return ExitCode.OK;
  }
}
