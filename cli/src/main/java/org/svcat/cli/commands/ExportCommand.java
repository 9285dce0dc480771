package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.Svcat;
import org.svcat.core.ValidationReport;
import org.svcat.core.sheet.CatalogExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code svcat export DIR --format xlsx|csv --output FILE}: the catalog as a workbook. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the catalog as a workbook that svcat import reads back.",
      "将目录导出为可再导入的工作簿。",
      "",
      "xlsx holds items, materials, situations, directory, bundles, material dictionary, calendars"
          + " and catalog info; csv the items. The format follows FILE's name (.xlsx, .csv) unless"
          + " --format says it. The blank forms the materials point to are copied beside the"
          + " workbook (forms/...)."
    })
public final class ExportCommand implements Callable<Integer> {
  /** The workbook formats. */
  public enum Format {
    xlsx,
    csv
  }

  private final Console console;

  @Mixin CatalogDirArgument catalogDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "xlsx or csv (default: by FILE's name) / 格式（默认按文件扩展名）")
  Format format;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Workbook to write")
  Path output;

  @Option(
      names = "--with-findings",
      description = "Add a 问题 sheet with the findings of svcat validate (xlsx)")
  boolean withFindings;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public ExportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    Path catalog = catalogDir.resolve(language);
    Format chosen = format != null ? format : byName(output, language);
    Svcat svcat = Svcat.create();
    var load = svcat.load(catalog, console.options(language));
    CatalogDirs.noteErrors(console, language, catalog.toString(), load, "export.note-errors");
    if (chosen == Format.csv) {
      CatalogExporter.csv(load.catalog(), output);
    } else {
      ValidationReport report =
          withFindings ? svcat.validate(load, console.options(language)) : null;
      try {
        CatalogExporter.xlsx(
            load.catalog(),
            report == null ? null : report.findings(),
            output,
            console.progress("rows"));
      } catch (FileSystemException e) {
        throw e; // a path that cannot be used: worded by SvcatCli, in the user's language
      } catch (IOException e) {
        throw new UsageException(
            e.getMessage()); // more rows than a sheet holds (in both languages)
      }
    }
    CatalogExporter.copyForms(load.catalog(), catalog, output);
    console
        .out()
        .println(
            Console.messages(language)
                .format("export.done", load.catalog().items().size(), output));
    console.out().flush();
    return ExitCode.OK;
  }

  /**
   * The format a file's name asks for: a workbook named {@code .csv} written as xlsx would open as
   * garbage in a spreadsheet program.
   */
  private static Format byName(Path file, String language) {
    String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
    for (Format f : Format.values()) {
      if (name.endsWith("." + f.name())) {
        return f;
      }
    }
    throw new UsageException(Console.messages(language).format("export.unknown-format", file));
  }
}
