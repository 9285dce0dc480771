package org.svcat.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.svcat.core.finding.Messages;

/**
 * What a command knows of where it runs: its output and error writers, the user's language, and
 * whether standard output is a colour terminal (a console, not a pipe, and no {@code NO_COLOR}).
 */
public final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean colorTerminal;
  private final String defaultLanguage;

  public Console(PrintWriter out, PrintWriter err, boolean colorTerminal, String defaultLanguage) {
    this.out = out;
    this.err = err;
    this.colorTerminal = colorTerminal;
    this.defaultLanguage = defaultLanguage;
  }

  /** The console of this process: colour on a terminal unless NO_COLOR or TERM=dumb. */
  public static Console system(PrintWriter out, PrintWriter err) {
    Map<String, String> env = System.getenv();
    boolean color =
        System.console() != null && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    return new Console(out, err, color, languageOf(Locale.getDefault()));
  }

  /** {@code zh} for a Chinese locale, else {@code en}. */
  public static String languageOf(Locale locale) {
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

  /** {@code requested} when given, else the language of the user's locale. */
  public String language(String requested) {
    return requested != null ? requested : defaultLanguage;
  }

  /** The CLI's own messages in {@code language}. */
  public static Messages messages(String language) {
    return Messages.forLanguage("org.svcat.cli.cli", language);
  }
}
