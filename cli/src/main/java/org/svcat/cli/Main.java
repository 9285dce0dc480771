package org.svcat.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.svcat.core.Svcat;

/** The process entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  /** The commands that compile the schemas; they start doing so while picocli parses. */
  private static final Set<String> CATALOG_COMMANDS =
      Set.of("validate", "diff", "publish", "stats", "fmt", "export", "due");

  public static void main(String[] args) {
    if (args.length > 0 && CATALOG_COMMANDS.contains(args[0])) {
      Svcat.warmUp();
    }
    Charset charset = consoleCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int code = SvcatCli.run(Console.system(out, err), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * UTF-8, except on a Windows console, whose code page the JVM reports in {@code
   * sun.stdout.encoding} (e.g. GBK): Chinese must show there as Chinese.
   */
  private static Charset consoleCharset() {
    String console = System.getProperty("sun.stdout.encoding");
    if (console != null && System.console() != null) {
      try {
        return Charset.forName(console);
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
