package org.svcat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs svcat in-process and keeps what it printed. */
final class CliRunner {
  private CliRunner() {}

  /** Exit code and output of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console = new Console(new PrintWriter(out), new PrintWriter(err), false, "en");
    int code = SvcatCli.run(console, args);
    return new Run(code, out.toString(), err.toString());
  }

  /** {@link #run(String...)} with {@code args}, then {@code more}. */
  static Run run(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return run(all.toArray(String[]::new));
  }

  /** The repository's top-level folder. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("schemas"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  static String catalog() {
    return root().resolve("catalog").toString();
  }

  /**
   * The golden sample catalog of core's tests, laid over the base fixture catalog in {@code to}.
   */
  static Path sampleCatalog(Path to) throws java.io.IOException {
    Path resources = root().resolve("core/src/test/resources");
    copy(resources.resolve("fixtures/base"), to);
    copy(resources.resolve("golden/sample"), to);
    return to;
  }

  static void copy(Path from, Path to) throws java.io.IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
