package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.finding.Messages;
import org.svcat.core.sheet.CatalogImporter;
import org.svcat.core.sheet.ImportMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat import FILE --out DIR}: a 实施清单 workbook into catalog files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a 实施清单 workbook (.xlsx, or .csv in UTF-8 or GBK) into item files, one per row.",
      "将实施清单工作簿（xlsx，或 UTF-8/GBK 编码的 csv）导入为事项文件。",
      "",
      "Columns are read by the national exchange schema's names (事项名称, 实施编码, 法定办结时限...),",
      "or as --mapping FILE says. Rows that cannot be mapped are reported with sheet, row and column",
      "and nothing is written for them (exit 1); re-importing changes only what changed."
    })
public final class ImportCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "FILE", description = "Workbook: .xlsx or .csv")
  Path file;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Catalog directory to write into (created when missing)")
  Path out;

  @Option(
      names = "--mapping",
      paramLabel = "MAPPING",
      description =
          "Column and value mapping (YAML); default: the national exchange schema's headers")
  Path mappingFile;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public ImportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (mappingFile != null && !Files.isRegularFile(mappingFile)) {
      throw new NoSuchFileException(mappingFile.toString());
    }
    // a path that cannot be used or read is worded by SvcatCli, in the user's language
    ImportMapping mapping =
        mappingFile == null ? ImportMapping.defaults() : ImportMapping.read(mappingFile);
    CatalogImporter.Result result =
        CatalogImporter.importInto(file, out, mapping, language, console.progress("rows"));
    Messages messages = Console.messages(language);
    for (CatalogImporter.Problem p : result.problems()) {
      console
          .out()
          .println(messages.format("import.problem", p.sheet(), p.row(), p.column(), p.message()));
    }
    if (!result.keptFromCatalog().isEmpty()) {
      console
          .err()
          .println(
              messages.format(
                  "import.kept-from-catalog", String.join(", ", result.keptFromCatalog())));
    }
    if (!result.unreadColumns().isEmpty()) {
      List<String> columns = new ArrayList<>();
      for (CatalogImporter.UnreadColumn c : result.unreadColumns()) {
        columns.add(messages.format("import.unread-column", c.header(), c.sheet(), c.column()));
      }
      console.err().println(messages.format("import.unread-columns", String.join(", ", columns)));
    }
    for (String file : result.commentsDropped()) {
      console.err().println(messages.format("import.comments-dropped", file));
    }
    for (CatalogImporter.DroppedComment d : result.droppedComments()) {
      console
          .err()
          .println(messages.format("import.comment-dropped", d.file(), d.line(), d.comment()));
    }
    console
        .out()
        .println(
            messages.format(
                "import.summary",
                result.items(),
                result.written().size(),
                result.unchanged().size(),
                result.problems().size(),
                out));
    console.out().flush();
    return result.problems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
