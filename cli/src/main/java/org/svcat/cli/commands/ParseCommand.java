package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.parallel.Parallel;
import org.svcat.core.parallel.ParallelWalk;
import org.svcat.core.yaml.StrictYamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code svcat parse DIR}: reads and parses every YAML file of a catalog and nothing else, in
 * parallel as validate does. The floor that bench/run measures validate against (hidden).
 */
@Command(
    name = "parse",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Read and parse every YAML file under DIR, nothing else (the benchmark floor).",
      "只读取并解析 DIR 下的 YAML 文件（性能基准的下限）。"
    })
public final class ParseCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "DIR", description = "Catalog directory")
  Path dir;

  public ParseCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    // listed on every core, as the loader lists a catalog's folders; from the link's target when
    // the catalog is named through a link, as validate reads it (the walk follows no link)
    List<Path> files =
        ParallelWalk.files(
            dir.toRealPath(),
            (p, attrs) ->
                p.toString().endsWith(".yaml") && attrs != null && attrs.isRegularFile()
                    ? p
                    : null);
    StrictYamlReader reader = new StrictYamlReader();
    int problems =
        Parallel.map(
                files,
                f -> {
                  try {
                    return reader.readWithoutPositions(Files.readAllBytes(f)).problems().size();
                  } catch (IOException e) {
                    return 1;
                  }
                })
            .stream()
            .mapToInt(Integer::intValue)
            .sum();
    console.out().printf("%d files parsed, %d problems%n", files.size(), problems);
    return ExitCode.OK;
  }
}
