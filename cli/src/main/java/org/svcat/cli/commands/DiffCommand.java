package org.svcat.cli.commands;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.diff.ChangeLevel;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.GitException;
import org.svcat.core.load.GitSource;
import org.svcat.core.load.LoadResult;
import org.svcat.core.report.RenderOptions;
import org.svcat.core.report.diff.DiffFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat diff OLD NEW}: what changed for applicants and for importing systems. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "What changed between two catalogs, for applicants and for importing systems.",
      "比对两版目录：办事负担与对接系统受到的影响。",
      "",
      "OLD and NEW are catalog directories or git revisions REV:PATH (e.g. origin/main:catalog),",
      "read with git without touching the working tree. Exit 1 when a change is at or above --fail-on."
    })
public final class DiffCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(index = "0", paramLabel = "OLD", description = "Old catalog: directory or REV:PATH")
  String oldSpec;

  @Parameters(index = "1", paramLabel = "NEW", description = "New catalog: directory or REV:PATH")
  String newSpec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, markdown, github, changelog (default: ${DEFAULT-VALUE})")
  DiffFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "ERR",
      description = "ERR, WARN or INFO (default: ${DEFAULT-VALUE})")
  ChangeLevel failOn;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "Git repository that REV:PATH refers to (default: the current directory)")
  Path repo;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public DiffCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    ValidateOptions options = console.options(language);
    Svcat svcat = Svcat.create();
    Path oldDir = null;
    Path newDir = null;
    boolean oldTemp = GitSource.isRevision(oldSpec);
    boolean newTemp = GitSource.isRevision(newSpec);
    try {
      Path workDir = repo == null ? Path.of("") : repo;
      oldDir = open(oldSpec, oldTemp, workDir, language);
      newDir = open(newSpec, newTemp, workDir, language);
      LoadResult before = svcat.load(oldDir, options);
      LoadResult after = svcat.load(newDir, options);
      CatalogDirs.noteErrors(console, language, oldSpec, before, "diff.note-errors");
      CatalogDirs.noteErrors(console, language, newSpec, after, "diff.note-errors");
      DiffReport report = svcat.diff(before, after, language);
      String prefix =
          newTemp
              ? ""
              : Path.of("")
                  .toAbsolutePath()
                  .relativize(newDir.toAbsolutePath().normalize())
                  .toString()
                  .replace('\\', '/');
      if (newTemp) {
        prefix = newSpec.substring(newSpec.indexOf(':') + 1);
      }
      StringWriter text = new StringWriter();
      boolean color = output == null && console.colorTerminal();
      format
          .renderer(new RenderOptions(language, color, prefix, Severity.ERROR))
          .render(report, text);
      console.emit(text.toString(), output);
      return report.fails(failOn) ? ExitCode.FINDINGS : ExitCode.OK;
    } finally {
      if (oldTemp) {
        GitSource.delete(oldDir);
      }
      if (newTemp) {
        GitSource.delete(newDir);
      }
    }
  }

  private static Path open(String spec, boolean revision, Path workDir, String language)
      throws IOException {
    if (!revision) {
      if (spec.isEmpty()) { // Path.of("") is the current folder: an unset shell variable, say
        throw new UsageException("OLD and NEW cannot be empty paths / 路径为空");
      }
      Path dir = Path.of(spec);
      if (!Files.exists(dir) && GitSource.namesCommit(spec, workDir)) {
        throw new UsageException(
            Console.messages(language).format("diff.revision-without-path", spec));
      }
      if (!Files.isDirectory(dir)) {
        throw new NoSuchFileException(spec);
      }
      return dir;
    }
    try {
      return GitSource.checkout(spec, workDir);
    } catch (GitException e) {
      String message = e.describe(Messages.forLanguage(language));
      throw new UsageException(
          e.outsideRepository()
              ? message + "\n" + Console.messages(language).format("diff.hint.repository")
              : message);
    }
  }
}
