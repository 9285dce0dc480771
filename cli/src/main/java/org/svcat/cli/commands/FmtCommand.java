package org.svcat.cli.commands;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.Svcat;
import org.svcat.core.finding.Messages;
import org.svcat.core.format.CatalogFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat fmt [DIR]}: item, directory and bundle files in canonical key order and style. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrite item, directory and bundle files in canonical order and style, as import writes them.",
      "按规范的字段顺序和格式改写事项、目录和一件事文件。",
      "",
      "--check changes nothing and exits 1 when a file would change (for CI); --diff does the"
          + " same and prints the changes as a unified diff that git apply takes (messages on"
          + " stderr). Comments stay by the key or value they stood by; a file with a comment that"
          + " has no place in the canonical form is left alone and listed. PATH may name files and"
          + " folders of a catalog (items/market): only those are formatted."
    })
public final class FmtCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      paramLabel = "PATH",
      description =
          "Catalog folder (default: ./catalog, or the catalog the current folder is in), or files"
              + " and folders inside one / 目录所在文件夹，或其中的文件和子文件夹")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--check", description = "Only report files that are not formatted / 只检查不改写")
  boolean check;

  @Option(
      names = "--diff",
      description =
          "Like --check, and print what would change as a unified diff / 只检查，并以 diff 格式列出改动")
  boolean diff;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public FmtCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    CatalogDirs.Part part = CatalogDirs.part(paths, language);
    Path catalog = part.catalog();
    var load = Svcat.create().load(catalog, console.options(language));
    boolean checkOnly = check || diff;
    String shownAs = shownAs(catalog);
    CatalogFormatter.Result result =
        CatalogFormatter.format(
            load,
            checkOnly,
            console.progress("files"),
            part.part(),
            rewrite -> {
              if (diff) {
                printDiff(shownAs + rewrite.path(), rewrite.before(), rewrite.after());
              }
            });
    Messages messages = Console.messages(language);
    // with --diff, standard output is the patch alone
    PrintWriter notes = diff ? console.err() : console.out();
    for (String file : result.changed()) {
      notes.println(messages.format(checkOnly ? "fmt.would-change" : "fmt.changed", file));
    }
    for (String file : result.skipped()) {
      console.err().println(messages.format("fmt.skipped", file));
    }
    for (String file : result.commented()) {
      console.err().println(messages.format("fmt.commented", file));
    }
    notes.println(
        messages.format(
            checkOnly ? "fmt.summary-check" : "fmt.summary",
            result.changed().size(),
            result.skipped().size() + result.commented().size()));
    console.out().flush();
    console.err().flush();
    return checkOnly && !result.changed().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /**
   * How the diff names the catalog's folder: from the current folder when the catalog is inside it
   * (so that {@code git apply} run at the top of the repository finds the files), else not at all:
   * the files are named from the catalog's folder ({@code git apply --directory=...} or {@code
   * patch -p1 -d CATALOG} take that). Empty or ends with a slash.
   */
  private static String shownAs(Path catalog) {
    Path dir = catalog.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    String shown = dir.startsWith(here) ? here.relativize(dir).toString().replace('\\', '/') : "";
    return shown.isEmpty() ? "" : shown + "/";
  }

  /** One file's changes as a unified diff, as git writes it (a/ and b/ before the path). */
  private void printDiff(String path, String before, String after) {
    List<String> old = linesWithEnds(before);
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff(
            "a/" + path, "b/" + path, old, DiffUtils.diff(old, linesWithEnds(after)), 3);
    PrintWriter out = console.out();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i < 2 || line.startsWith("@@")) {
        out.print(line + "\n"); // the file names and each hunk's header
      } else {
        out.print(line); // a line of the file, with its own line end
        if (!line.endsWith("\n")) {
          out.print("\n\\ No newline at end of file\n");
        }
      }
    }
  }

  /**
   * The lines of {@code text}, each with its line end ({@code \n} or {@code \r\n}) if it has one.
   */
  private static List<String> linesWithEnds(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
