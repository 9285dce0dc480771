package org.svcat.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.svcat.cli.commands.CatalogDirs;
import org.svcat.cli.commands.DiffCommand;
import org.svcat.cli.commands.DueCommand;
import org.svcat.cli.commands.ExplainCommand;
import org.svcat.cli.commands.ExportCommand;
import org.svcat.cli.commands.FmtCommand;
import org.svcat.cli.commands.GenerateCommand;
import org.svcat.cli.commands.ImportCommand;
import org.svcat.cli.commands.InitCommand;
import org.svcat.cli.commands.KeygenCommand;
import org.svcat.cli.commands.Language;
import org.svcat.cli.commands.ParseCommand;
import org.svcat.cli.commands.PublishCommand;
import org.svcat.cli.commands.RulesCommand;
import org.svcat.cli.commands.StatsCommand;
import org.svcat.cli.commands.ValidateCommand;
import org.svcat.cli.commands.VerifyCommand;
import org.svcat.core.Svcat;
import org.svcat.core.finding.Messages;
import org.svcat.core.io.UnusableFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code svcat} command: maps flags to options, calls the library, renders, returns an exit
 * code. Tests call {@link #run(Console, String...)} in-process; only {@link Main} exits.
 */
@Command(
    name = "svcat",
    mixinStandardHelpOptions = true,
    versionProvider = SvcatCli.VersionProvider.class,
    description = {
      "Keeps a catalog of government service items (政务服务事项) honest.",
      "校验、比对、发布政务服务事项目录。"
    },
    footer = {
      "",
      "Exit codes: 0 clean, 1 findings, 2 usage error, 3 internal error.",
      "退出码：0 无问题，1 有问题，2 用法错误，3 内部错误。"
    })
public final class SvcatCli implements Callable<Integer> {
  /**
   * The subcommands by name, in the order of the help. Building a command's model (picocli reads
   * its annotations) is a good part of start-up, so a run builds only the subcommand it was asked
   * for, and all of them when its first argument names none (help, --version, a typo).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("validate", ValidateCommand.class);
    all.put("diff", DiffCommand.class);
    all.put("due", DueCommand.class);
    all.put("stats", StatsCommand.class);
    all.put("publish", PublishCommand.class);
    all.put("verify", VerifyCommand.class);
    all.put("keygen", KeygenCommand.class);
    all.put("rules", RulesCommand.class);
    all.put("explain", ExplainCommand.class);
    all.put("init", InitCommand.class);
    all.put("fmt", FmtCommand.class);
    all.put("import", ImportCommand.class);
    all.put("export", ExportCommand.class);
    all.put("generate", GenerateCommand.class);
    all.put("parse", ParseCommand.class);
    all.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(all);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE;
  }

  /** Runs svcat with {@code args}; never throws, never exits. */
  public static int run(Console console, String... args) {
    CommandLine cli = new CommandLine(new SvcatCli(), new Factory(console));
    String asked = args.length > 0 && !"help".equals(args[0]) ? args[0] : null;
    SUBCOMMANDS.forEach(
        (name, type) -> {
          if (asked == null || !SUBCOMMANDS.containsKey(asked) || asked.equals(name)) {
            cli.addSubcommand(name, type);
          }
        });
    cli.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, SvcatCli::commandList);
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Path.class, SvcatCli::path);
    cli.setParameterExceptionHandler(
        (ex, ignored) -> {
          CommandLine cmd = ex.getCommandLine();
          String language = console.language(ParseErrors.language(args));
          cmd.getErr().println("svcat: " + ParseErrors.message(ex, Console.messages(language)));
          cmd.getErr()
              .println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' / 用法见 --help");
          return ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> failed(console, language(parseResult), ex));
    try {
      int code = cli.execute(args);
      console.out().flush();
      console.err().flush();
      return code;
    } catch (RuntimeException | Error e) {
      return internalError(console, e);
    }
  }

  /**
   * A path the user gave. An empty one is refused: {@code Path.of("")} is the current folder, so an
   * unset shell variable ({@code --out "$DIST"}) would publish, export or import into wherever the
   * command ran.
   */
  private static Path path(String text) {
    if (text.isEmpty()) {
      throw new CommandLine.TypeConversionException("an empty path / 路径为空");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** The {@code --lang} given to the command that ran, or null. */
  private static String language(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult command = parsed;
    while (command.subcommand() != null) {
      command = command.subcommand();
    }
    Language language = command.matchedOptionValue("--lang", null);
    return language == null ? null : language.name();
  }

  /**
   * The commands of {@code svcat --help}, each with the first two lines of its description: the
   * English one and the Chinese one (picocli lists the first line alone). A command with a header
   * (picocli's own help) is listed by its header, as picocli does.
   */
  static String commandList(CommandLine.Help help) {
    Map<String, CommandLine.Help> commands = help.subcommands();
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    StringBuilder list = new StringBuilder();
    commands.forEach(
        (name, command) -> {
          CommandLine.Model.UsageMessageSpec usage = command.commandSpec().usageMessage();
          String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
          for (int i = 0; i < Math.min(2, lines.length); i++) {
            if (i == 1 && lines[1].codePoints().noneMatch(SvcatCli::han)) {
              break; // the English line alone, where there is no Chinese one
            }
            String label = i == 0 ? "  " + name : "";
            list.append(label).append(" ".repeat(width - label.length())).append(lines[i]);
            list.append(System.lineSeparator());
          }
        });
    return list.toString();
  }

  private static boolean han(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /**
   * What a command that threw {@code ex} tells the user, and its exit code. A path the user gave
   * that cannot be used (missing, a file where a folder is needed, not writable), or a system that
   * cannot read or write (a full disk), is a usage error with the system's reason, not a bug.
   */
  static int failed(Console console, String language, Exception ex) {
    Exception shown = ex instanceof UsageException ? ex : ioCause(ex);
    if (shown == null) {
      return internalError(console, ex);
    }
    console.err().println("svcat: " + usageMessage(console, language, shown));
    console.err().flush();
    return ExitCode.USAGE;
  }

  /**
   * The {@link IOException} that {@code ex} is or was caused by (libraries wrap them: Jackson's
   * {@code JacksonIOException}, {@link java.io.UncheckedIOException}), or null.
   */
  private static IOException ioCause(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  /** The line that tells the user what was wrong with what they gave, in {@code language}. */
  private static String usageMessage(Console console, String language, Exception ex) {
    if (ex instanceof UnusableFileException unusable) {
      return unusable.describe(Messages.forLanguage(console.language(language)));
    }
    Messages messages = Console.messages(console.language(language));
    if (ex instanceof NoSuchFileException
        || ex instanceof NotDirectoryException
        || ex instanceof FileAlreadyExistsException) {
      String file = ((FileSystemException) ex).getFile();
      String wrongKind = wrongKind(file);
      Path catalog =
          "error.not-a-directory".equals(wrongKind)
              ? CatalogDirs.owningCatalog(Path.of(file))
              : null;
      if (catalog != null) {
        return messages.format("error.not-a-directory.in-catalog", file, catalog);
      }
      if (wrongKind != null) {
        return messages.format(wrongKind, file);
      }
    }
    if (ex instanceof NoSuchFileException missing) {
      return messages.format("error.no-such-path", missing.getFile());
    }
    if (ex instanceof FileSystemException fs) {
      String reason = fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
      return messages.format("error.unusable-path", fs.getFile(), reason);
    }
    if (ex instanceof FileNotFoundException io) {
      return messages.format("error.unusable-file", io.getMessage()); // "path (reason)"
    }
    if (ex instanceof IOException) {
      return messages.format("error.io", ex.getMessage());
    }
    return ex.getMessage();
  }

  /**
   * The message for a path that exists but is of the other kind than the command needed, or is
   * neither a file nor a folder (a device or a pipe): svcat reports a path it cannot use as it is
   * as missing ({@link NoSuchFileException}), and the JDK reports a file in the way of a folder it
   * makes as existing; null when {@code file} does not exist (or is no path).
   */
  private static String wrongKind(String file) {
    if (file == null) {
      return null;
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        return "error.not-a-file";
      }
      if (Files.isRegularFile(path)) {
        return "error.not-a-directory";
      }
      return Files.exists(path) ? "error.not-regular" : null;
    } catch (InvalidPathException e) {
      return null; // a REV:PATH of diff, which is no path on Windows
    }
  }

  /** Writes the stack trace to a log file and one line to the user. */
  static int internalError(Console console, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String where;
    try {
      Path log = Files.createTempFile("svcat-error-", ".log");
      Files.writeString(
          log,
          "svcat " + Svcat.VERSION + " " + LocalDateTime.now() + "\n" + trace,
          StandardCharsets.UTF_8);
      where = log.toString();
    } catch (Exception io) {
      where = "(log could not be written: " + io.getMessage() + ")";
    }
    console
        .err()
        .println(
            "svcat: internal error (a bug, please report it) / 内部错误（程序缺陷，请报告）: "
                + e
                + "; log: "
                + where);
    console.err().flush();
    return ExitCode.INTERNAL;
  }

  /** Prints {@code svcat <version>}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"svcat " + Svcat.VERSION};
    }
  }

  /** Gives commands the console they run in. */
  private record Factory(Console console) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getConstructor(Console.class).newInstance(console);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
