package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.Svcat;
import org.svcat.core.finding.Messages;
import org.svcat.core.format.CatalogFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code svcat fmt [DIR]}: item files in canonical key order and style. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrite item files in canonical key order and style, so hand edits and imports look alike.",
      "按规范的字段顺序和格式改写事项文件。",
      "",
      "--check changes nothing and exits 1 when a file would change (for CI)."
    })
public final class FmtCommand implements Callable<Integer> {
  private final Console console;

  @Mixin CatalogDirArgument catalogDir;

  @Option(names = "--check", description = "Only report files that are not formatted / 只检查不改写")
  boolean check;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public FmtCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    Path catalog = catalogDir.resolve(language);
    var load = Svcat.create().load(catalog, console.options(language));
    CatalogFormatter.Result result =
        CatalogFormatter.format(load, check, console.progress("items"));
    Messages messages = Console.messages(language);
    for (String file : result.changed()) {
      console.out().println(messages.format(check ? "fmt.would-change" : "fmt.changed", file));
    }
    for (String file : result.skipped()) {
      console.err().println(messages.format("fmt.skipped", file));
    }
    for (String file : result.commented()) {
      console.err().println(messages.format("fmt.commented", file));
    }
    console
        .out()
        .println(
            messages.format(
                check ? "fmt.summary-check" : "fmt.summary",
                result.changed().size(),
                result.skipped().size() + result.commented().size()));
    console.out().flush();
    console.err().flush();
    return check && !result.changed().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
