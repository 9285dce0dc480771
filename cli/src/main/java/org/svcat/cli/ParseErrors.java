package org.svcat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.svcat.cli.commands.Language;
import org.svcat.core.finding.Messages;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's errors in parsing a command line, said in the user's language ({@code parse.*} in the
 * CLI's messages): an unknown option or command (with picocli's suggestion for a misspelt one), an
 * argument too many, a missing option or parameter, an option given twice, a value that does not
 * convert. Any other keeps picocli's English.
 */
final class ParseErrors {
  private ParseErrors() {}

  static String message(ParameterException ex, Messages messages) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      if (unmatched.getUnmatched().contains("")) {
        // picocli leaves an empty argument out of a list of paths (svcat validate "$DIR"):
        // an unset variable, said as for a single path
        return messages.format("parse.bad-value", "PATH", "", "an empty path / 路径为空");
      }
      String what = quoted(unmatched.getUnmatched());
      if (!unmatched.isUnknownOption()) {
        return unmatched.getCommandLine().getSubcommands().isEmpty()
            ? messages.format("parse.unmatched", what)
            : unknownCommand(unmatched, messages);
      }
      List<String> suggestions = unmatched.getSuggestions();
      return suggestions.isEmpty()
          ? messages.format("parse.unknown-option", what)
          : messages.format("parse.unknown-option-suggest", what, String.join(", ", suggestions));
    }
    if (ex instanceof MissingParameterException missing) {
      List<String> names = new ArrayList<>();
      missing.getMissing().forEach(spec -> names.add(name(spec)));
      return messages.format("parse.missing", String.join(", ", names));
    }
    if (ex instanceof OverwrittenOptionException twice) {
      return messages.format("parse.repeated", label(twice.getOverwritten()));
    }
    ArgSpec spec = ex.getArgSpec();
    if (spec != null && ex.getValue() != null) {
      Iterable<String> candidates = spec.completionCandidates(); // an enum's constants
      if (candidates != null && candidates.iterator().hasNext()) {
        List<String> allowed = new ArrayList<>();
        candidates.forEach(c -> allowed.add(c.toLowerCase(Locale.ROOT)));
        return messages.format(
            "parse.bad-choice", label(spec), ex.getValue(), String.join(", ", allowed));
      }
      if (ex.getCause() instanceof TypeConversionException why) {
        return messages.format("parse.bad-value", label(spec), ex.getValue(), why.getMessage());
      }
    }
    return ex.getMessage();
  }

  /**
   * {@code svcat valdate catalog}: the first argument names no command, with the most like it
   * (picocli's suggestions, most similar first) when one shares a pair of letters with it.
   */
  private static String unknownCommand(UnmatchedArgumentException unmatched, Messages messages) {
    String what = quoted(unmatched.getUnmatched().subList(0, 1));
    List<String> suggestions = unmatched.getSuggestions();
    return suggestions.isEmpty()
        ? messages.format("parse.unknown-command", what)
        : messages.format("parse.unknown-command-suggest", what, suggestions.get(0));
  }

  /** An option as picocli names a missing one ({@code --out=DIST}), a parameter by its label. */
  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option
        ? option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "")
        : spec.paramLabel();
  }

  private static String label(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String quoted(List<String> arguments) {
    List<String> quoted = new ArrayList<>();
    arguments.forEach(a -> quoted.add("'" + a + "'"));
    return String.join(" ", quoted);
  }

  /**
   * The language a command line asks for with {@code --lang}, or null when it asks for none or for
   * one that svcat does not speak (that value is itself the mistake reported).
   */
  static String language(String... args) {
    String asked = null;
    for (int i = 0; i < args.length && asked == null; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        asked = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        asked = args[i].substring("--lang=".length());
      }
    }
    for (Language language : Language.values()) {
      if (language.name().equalsIgnoreCase(asked)) {
        return language.name();
      }
    }
    return null;
  }
}
