package org.svcat.cli.commands;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Severity;
import org.svcat.core.report.ReportFormat;
import org.svcat.core.report.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat validate [DIR]}: schema and rules, rendered in one or more formats. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a catalog against its schemas and rules.",
      "按结构和规则校验目录。",
      "",
      "DIR defaults to ./catalog (or . when it holds catalog.yaml)."
    })
public final class ValidateCommand implements Callable<Integer> {
  /** The {@code --fail-on} levels. */
  public enum FailOn {
    error,
    warning,
    info
  }

  private final Console console;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Catalog directory / 目录所在文件夹")
  Path dir;

  /** The {@code --format} values as users type them. */
  static final class FormatCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
    }
  }

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
      description = "Write the text report to FILE / 文本报告写入文件")
  Path outputText;

  @Option(
      names = "--output-json",
      paramLabel = "FILE",
      description = "Write the JSON report to FILE / JSON 报告写入文件")
  Path outputJson;

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
    Path catalogDir = CatalogDirs.resolve(dir, language);
    ValidateOptions options = ValidateOptions.DEFAULT.withLanguage(language).withPolicy(policy);
    ValidationReport report = Svcat.create().validate(catalogDir, options);

    for (Map.Entry<ReportFormat, Path> target : targets().entrySet()) {
      ReportFormat format = target.getKey();
      Path file = target.getValue();
      if (file == null) {
        ReportRenderer.of(format, language, console.colorTerminal()).render(report, console.out());
        console.out().flush();
      } else {
        write(file, report, ReportRenderer.of(format, language, false));
      }
    }
    return report.fails(Severity.parse(failOn.name())) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** Each requested format and its file (null: standard output). */
  private Map<ReportFormat, Path> targets() {
    Map<ReportFormat, Path> files = new EnumMap<>(ReportFormat.class);
    files.put(ReportFormat.TEXT, outputText);
    files.put(ReportFormat.JSON, outputJson);
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

  private static void write(Path file, ValidationReport report, ReportRenderer renderer)
      throws IOException {
    StringWriter buffer = new StringWriter();
    renderer.render(report, buffer);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(buffer.toString());
    }
  }
}
