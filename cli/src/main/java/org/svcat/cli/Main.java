package org.svcat.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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
    Terminals terminals = Terminals.system();
    StandardOutput stdout = new StandardOutput();
    PrintWriter out = writer(stdout, terminals.stdoutCharset());
    PrintWriter err = writer(System.err, terminals.stderrCharset());
    int code = SvcatCli.run(Console.system(out, err, terminals), args);
    out.flush();
    err.flush();
    System.exit(stdout.exitCode(code, err));
  }

  private static PrintWriter writer(OutputStream stream, Charset charset) {
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}
