package org.svcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svcat.core.Progress;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.io.Trees;
import picocli.CommandLine;

/**
 * What a command knows of where it runs: its output and error writers, the user's language, whether
 * standard output is a colour terminal (a console, not a pipe, and no {@code NO_COLOR}), and
 * whether a person watches standard error (a terminal and no {@code CI} variable: progress bars).
 */
public final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean colorTerminal;
  private final String defaultLanguage;
  private final boolean interactive;

  public Console(PrintWriter out, PrintWriter err, boolean colorTerminal, String defaultLanguage) {
    this(out, err, colorTerminal, defaultLanguage, false);
  }

  /**
   * @param interactive a person watches standard error (a terminal, not a pipe, not CI): long runs
   *     show a progress bar there
   */
  public Console(
      PrintWriter out,
      PrintWriter err,
      boolean colorTerminal,
      String defaultLanguage,
      boolean interactive) {
    this.out = out;
    this.err = err;
    this.colorTerminal = colorTerminal;
    this.defaultLanguage = defaultLanguage;
    this.interactive = interactive;
  }

  /**
   * The console of this process: colour when standard output is a terminal that picocli judges able
   * to show it ({@link CommandLine.Help.Ansi#AUTO}: on Windows only where the console says it
   * understands escape codes, as ConEmu, ANSICON, Cygwin and MSYS do, or {@code CLICOLOR=1}: the
   * console of Windows 10 prints them as text), a progress bar when standard error is a terminal;
   * neither under {@code TERM=dumb}, no colour under {@code NO_COLOR}, no progress under {@code
   * CI}.
   */
  static Console system(PrintWriter out, PrintWriter err, Terminals terminals) {
    Map<String, String> env = System.getenv();
    boolean smart = !"dumb".equals(env.get("TERM"));
    boolean color =
        smart
            && terminals.stdout()
            && !env.containsKey("NO_COLOR")
            && CommandLine.Help.Ansi.AUTO.enabled();
    boolean interactive = smart && terminals.stderr() && !env.containsKey("CI");
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    String named = System.getProperty("svcat.locale", "");
    Map<String, String> locale = windows ? Map.of() : named.isEmpty() ? env : Map.of("LANG", named);
    return new Console(out, err, color, languageOf(Locale.getDefault(), locale), interactive);
  }

  /**
   * {@code zh} for a Chinese locale, else {@code en}. The locale is the one the POSIX variables
   * name ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}: the first set and not empty)
   * when {@code env} has one, else {@code locale}: the JVM falls back to English when the named
   * locale is not installed, as in many containers, though the user asked for Chinese. Windows
   * passes no variables, since its language comes from the system, not from them. Where the
   * launcher ({@code bin/svcat}) had to run the JVM in a UTF-8 locale of its own, so that names
   * outside ASCII can be read, it says in {@code svcat.locale} which locale the variables named,
   * and that one is passed instead.
   */
  static String languageOf(Locale locale, Map<String, String> env) {
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return value.startsWith("zh") ? "zh" : "en";
      }
    }
    return "zh".equals(locale.getLanguage()) ? "zh" : "en";
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public boolean colorTerminal() {
    return colorTerminal;
  }

  /** A progress bar on standard error when a person watches it, else {@link Progress#NONE}. */
  public Progress progress() {
    return progress("files");
  }

  /** {@link #progress()} counting {@code unit} (rows, say) instead of files. */
  public Progress progress(String unit) {
    return interactive ? new ProgressBar(err, System::nanoTime, unit) : Progress.NONE;
  }

  /** Validation options for a run in {@code language}, with this console's progress bar. */
  public ValidateOptions options(String language) {
    return ValidateOptions.DEFAULT.withLanguage(language).withProgress(progress());
  }

  /**
   * Writes {@code text} to standard output when {@code file} is null, else into {@code file} as
   * UTF-8, creating its folder, in one step ({@link Trees#writeAtomically}).
   */
  public void emit(CharSequence text, Path file) throws IOException {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    Trees.writeAtomically(file, text.toString());
  }

  /** {@code requested} when given, else the language of the user's locale. */
  public String language(String requested) {
    return requested != null ? requested : defaultLanguage;
  }

  /** The CLI's own messages in {@code language}. */
  public static Messages messages(String language) {
    return Messages.forLanguage("org.svcat.cli.cli", language);
  }
}
