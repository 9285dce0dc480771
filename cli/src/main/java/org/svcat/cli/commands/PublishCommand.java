package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.Svcat;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.publish.PublishException;
import org.svcat.core.publish.PublishOptions;
import org.svcat.core.publish.Publisher;
import org.svcat.core.publish.Release;
import org.svcat.core.report.RenderOptions;
import org.svcat.core.report.ReportFormat;
import org.svcat.core.report.diff.DiffFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code svcat publish [DIR] --out DIST}: a release other systems can trust. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publish the catalog as a release in DIST/<id>/<version>/.",
      "发布目录：规范 JSON、办事指南网站、JSON-LD、变更说明和带摘要的清单（可签名）。",
      "",
      "The release holds canonical JSON, items, index, schemas, the 办事指南 site, CPSV-AP JSON-LD,",
      "CHANGES.md and a manifest of sha256 digests (signed with --sign).",
      "Refuses a catalog with errors, and a version that exists with other content. Byte-identical",
      "output for the same catalog; written atomically, earlier releases are never touched."
    })
public final class PublishCommand implements Callable<Integer> {
  private final Console console;

  @Mixin CatalogDirArgument catalogDir;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIST",
      description = "Where releases go / 发布目录")
  Path out;

  @Option(
      names = "--previous",
      paramLabel = "DIR",
      description = "The previous catalog, for CHANGES.md and the version check")
  Path previous;

  @Option(
      names = "--sign",
      paramLabel = "KEY",
      description = "Ed25519 private key (PEM) to sign manifest.json (svcat keygen)")
  Path sign;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of CHANGES.md and messages: ${COMPLETION-CANDIDATES} (default: zh)")
  Language lang;

  public PublishCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = lang == null ? "zh" : lang.name();
    Path catalog = catalogDir.resolve(language);
    if (previous != null && !java.nio.file.Files.isDirectory(previous)) {
      throw new java.nio.file.NoSuchFileException(previous.toString());
    }
    if (sign != null && !java.nio.file.Files.isRegularFile(sign)) {
      throw new java.nio.file.NoSuchFileException(sign.toString());
    }
    PublishOptions options =
        new PublishOptions(
            out,
            previous,
            sign,
            language,
            PublishOptions.sourceDateEpochFromEnvironment(),
            console.progress());
    try {
      Release release = new Publisher(Svcat.create()).publish(catalog, options);
      String message = release.unchanged() ? "publish.unchanged" : "publish.done";
      console
          .out()
          .println(
              Console.messages(language)
                  .format(
                      message,
                      release.directory(),
                      release.files().size(),
                      release.manifestSha256()));
      console.out().flush();
      return ExitCode.OK;
    } catch (PublishException e) {
      if (e.findings() != null) {
        ReportFormat.TEXT
            .renderer(new RenderOptions(language, console.colorTerminal(), "", Severity.ERROR))
            .render(e.findings(), console.out());
      }
      if (e.diff() != null) {
        DiffFormat.TEXT
            .renderer(new RenderOptions(language, console.colorTerminal(), "", Severity.ERROR))
            .render(e.diff(), console.out());
      }
      console.out().flush();
      console.err().println("svcat: " + e.describe(Messages.forLanguage(language)));
      // a DIST that cannot hold releases is a path the user gave, not a finding in the catalog
      return e.reason() == PublishException.Reason.UNSAFE_TARGET
          ? ExitCode.USAGE
          : ExitCode.FINDINGS;
    }
  }
}
