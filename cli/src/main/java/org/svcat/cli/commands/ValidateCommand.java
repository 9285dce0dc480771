package org.svcat.cli.commands;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.LoadResult;
import org.svcat.core.report.RenderOptions;
import org.svcat.core.report.ReportFormat;
import org.svcat.core.report.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code svcat validate [PATH...]}: schema and rules, rendered in one or more formats; for the
 * whole catalog, or for files and folders of one ({@link CatalogDirs#part}).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a catalog against its schemas and rules.",
      "按结构和规则校验目录。",
      "",
      "PATH is the catalog folder (default: ./catalog, or the catalog the current folder is in),"
          + " or files and folders inside one (items/market, items/market/food.yaml): the whole"
          + " catalog is checked, and only their findings are reported.",
      "Formats: text (default), json, sarif (GitHub code scanning), junit (CI dashboards), github"
          + " (workflow annotations), markdown (a pull-request comment). Each goes to stdout, or to"
          + " its --output-<format> FILE.",
      "PATH 可以是目录所在文件夹，也可以是其中的文件或子文件夹：检查整个目录，只报告这些文件的问题。"
    })
public final class ValidateCommand implements Callable<Integer> {
  /** The {@code --fail-on} levels. */
  public enum FailOn {
    error,
    warning,
    info
  }

  /** The {@code --format} values as users type them. */
  static final class FormatCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
    }
  }

  private final Console console;

  @Parameters(
      paramLabel = "PATH",
      description = "Catalog folder, or files and folders inside one / 目录所在文件夹，或其中的文件和子文件夹")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      completionCandidates = FormatCandidates.class,
      description =
          "Output format, repeatable: ${COMPLETION-CANDIDATES} (default: text) / 输出格式，可重复")
  List<ReportFormat> formats = new ArrayList<>();

  @Option(
      names = "--output-text",
      paramLabel = "FILE",
      description = "Write the text report to FILE")
  Path outputText;

  @Option(
      names = "--output-json",
      paramLabel = "FILE",
      description = "Write the JSON report to FILE")
  Path outputJson;

  @Option(names = "--output-sarif", paramLabel = "FILE", description = "Write SARIF 2.1.0 to FILE")
  Path outputSarif;

  @Option(names = "--output-junit", paramLabel = "FILE", description = "Write JUnit XML to FILE")
  Path outputJunit;

  @Option(
      names = "--output-github",
      paramLabel = "FILE",
      description = "Write GitHub annotations to FILE")
  Path outputGithub;

  @Option(
      names = "--output-markdown",
      paramLabel = "FILE",
      description = "Write the Markdown summary to FILE")
  Path outputMarkdown;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description =
          "Exit 1 on findings at or above: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}) / 达到该级别即退出码 1")
  FailOn failOn;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy file instead of the catalog's own / 使用指定的策略文件")
  Path policy;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Report only findings not in this baseline / 只报告基线之外的问题")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Record every finding of this run as a baseline / 将本次问题记为基线")
  Path writeBaseline;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Message language: ${COMPLETION-CANDIDATES} (default: from the locale) / 消息语言")
  Language lang;

  public ValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    CatalogDirs.Part part = CatalogDirs.part(paths, language);
    Path catalogDir = part.catalog();
    if (writeBaseline != null && !part.part().whole()) {
      throw new UsageException(Console.messages(language).format("error.part.write-baseline"));
    }
    ValidateOptions options = console.options(language).withPolicy(policy).withBaseline(baseline);
    // a path that cannot be used or read is worded by SvcatCli, in the user's language
    Svcat svcat = Svcat.create();
    LoadResult load = svcat.load(catalogDir, options);
    ValidationReport report = svcat.validate(load, options).within(load, part.part());
    if (writeBaseline != null) {
      report.toBaseline().write(writeBaseline);
    }
    if (report.outside() > 0) {
      console
          .err()
          .println(
              Console.messages(language)
                  .format("validate.note-outside", report.outside(), catalogDir));
    }
    Severity threshold = Severity.parse(failOn.name());
    String prefix = repositoryPath(catalogDir);
    for (Map.Entry<ReportFormat, Path> target : targets().entrySet()) {
      Path file = target.getValue();
      boolean color = file == null && console.colorTerminal();
      ReportRenderer renderer =
          target.getKey().renderer(new RenderOptions(language, color, prefix, threshold));
      StringWriter buffer = new StringWriter();
      renderer.render(report, buffer);
      console.emit(buffer.toString(), file);
    }
    return report.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** Each requested format and its file (null: standard output). */
  private Map<ReportFormat, Path> targets() {
    Map<ReportFormat, Path> files = new EnumMap<>(ReportFormat.class);
    files.put(ReportFormat.TEXT, outputText);
    files.put(ReportFormat.JSON, outputJson);
    files.put(ReportFormat.SARIF, outputSarif);
    files.put(ReportFormat.JUNIT, outputJunit);
    files.put(ReportFormat.GITHUB, outputGithub);
    files.put(ReportFormat.MARKDOWN, outputMarkdown);
    List<ReportFormat> wanted = new ArrayList<>(formats);
    files.forEach(
        (format, file) -> {
          if (file != null && !wanted.contains(format)) {
            wanted.add(format);
          }
        });
    if (wanted.isEmpty()) {
      wanted.add(ReportFormat.TEXT);
    }
    Map<ReportFormat, Path> targets = new EnumMap<>(ReportFormat.class);
    for (ReportFormat format : wanted) {
      targets.put(format, files.get(format));
    }
    return targets;
  }

  /** The catalog directory as seen from the working directory (the repository root in CI). */
  private static String repositoryPath(Path catalogDir) {
    Path relative =
        Path.of("").toAbsolutePath().relativize(catalogDir.toAbsolutePath().normalize());
    return relative.toString().replace('\\', '/');
  }
}
