package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.synth.SyntheticCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code svcat generate --items N OUT}: a synthetic catalog for benchmarks (hidden; see
 * docs/performance.md).
 */
@Command(
    name = "generate",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic catalog of N items by repeating a template catalog (for benchmarks).",
      "以模板目录为样本生成含 N 个事项的合成目录（用于性能测试）。"
    })
public final class GenerateCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "OUT", description = "New directory for the catalog")
  Path out;

  @Option(names = "--items", required = true, paramLabel = "N", description = "Number of items")
  int items;

  @Option(
      names = "--from",
      defaultValue = "catalog",
      paramLabel = "DIR",
      description = "Template catalog (default: ${DEFAULT-VALUE})")
  Path template;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--findings",
      description = "Plant one promised-exceeds-legal error in about 1% of the items")
  boolean findings;

  public GenerateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (items < 1) {
      throw new UsageException("--items must be at least 1");
    }
    if (!Files.isRegularFile(template.resolve("catalog.yaml"))) {
      throw new UsageException("--from " + template + " is not a catalog (no catalog.yaml)");
    }
    if (Files.exists(out) && !CatalogDirs.isEmptyDirectory(out)) {
      throw new UsageException(out + " exists and is not empty");
    }
    SyntheticCatalog.Result r = SyntheticCatalog.write(template, out, items, seed, findings);
    console
        .out()
        .printf(
            "%d items in %d districts, %d planted findings: %s%n",
            r.items(), r.districts(), r.plantedFindings(), out);
    return ExitCode.OK;
  }
}
