package org.svcat.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.svcat.core.baseline.Baseline;
import org.svcat.core.diff.CatalogDiffer;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Messages;
import org.svcat.core.load.CatalogLoader;
import org.svcat.core.load.LoadResult;
import org.svcat.core.load.ModelBinder;
import org.svcat.core.rules.RuleEngine;
import org.svcat.core.schema.SchemaValidator;

/**
 * The entry point for programs that embed svcat: load a catalog, validate it, read the findings.
 * Create one instance and reuse it (building it compiles the JSON Schemas); it is thread-safe.
 *
 * <pre>{@code
 * Svcat svcat = Svcat.create();
 * ValidationReport report = svcat.validate(Path.of("catalog"), ValidateOptions.DEFAULT);
 * for (Finding f : report.findings()) {
 *   System.out.println(f.file() + ":" + f.line() + " " + f.rule() + " " + f.message());
 * }
 * }</pre>
 */
public final class Svcat {
  /** The version of svcat, from the build. */
  public static final String VERSION = Version.VERSION;

  private final Supplier<SchemaValidator> schemas;

  private Svcat(Supplier<SchemaValidator> schemas) {
    this.schemas = schemas;
  }

  /**
   * A new instance with the built-in schemas and rules. The schemas are compiled once per process,
   * when the first catalog's files have been listed (or earlier, by {@link #warmUp}); every
   * instance shares them.
   */
  public static Svcat create() {
    return new Svcat(() -> CompiledSchemas.INSTANCE);
  }

  /**
   * Starts compiling the schemas and preparing the binding of files to the model on background
   * threads, so that a program can do other start-up work (parse its command line, list the
   * catalog's files) meanwhile; loading a catalog then waits only for what is left. Optional:
   * everything works without it.
   */
  public static void warmUp() {
    startDaemon(
        "svcat-schema-warm-up",
        () -> {
          var unused = CompiledSchemas.INSTANCE;
        });
    startDaemon("svcat-binder-warm-up", ModelBinder::prepare);
  }

  /**
   * Runs {@code task} on a daemon thread that prints nothing if it fails: the same work is then
   * done, and fails, on the caller's thread, where svcat reports failures properly.
   */
  private static void startDaemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler((t, e) -> {});
    thread.start();
  }

  /** The built-in schemas, compiled once per process on first use (they are immutable). */
  private static final class CompiledSchemas {
    static final SchemaValidator INSTANCE = new SchemaValidator();
  }

  /**
   * Reads the catalog in {@code dir} into the model without running rules. Problems reading files
   * are in {@link LoadResult#findings()}.
   *
   * @throws NoSuchFileException when {@code dir} is not a directory
   */
  public LoadResult load(Path dir, ValidateOptions options) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a catalog directory");
    }
    if (options.policy() != null
        && (!Files.exists(options.policy()) || Files.isDirectory(options.policy()))) {
      throw new NoSuchFileException(options.policy().toString(), null, "no such policy file");
    }
    return new CatalogLoader(schemas, options.limits(), options.sourceDigests())
        .load(dir, options.policy(), Messages.forLanguage(options.language()), options.progress());
  }

  /**
   * The changes from the catalog in {@code oldDir} to the one in {@code newDir}, with the new
   * catalog's policy levels and messages in {@code options.language()}.
   */
  public DiffReport diff(Path oldDir, Path newDir, ValidateOptions options) throws IOException {
    return diff(load(oldDir, options), load(newDir, options), options.language());
  }

  /** The changes between two loaded catalogs, with messages in {@code language}. */
  public DiffReport diff(LoadResult before, LoadResult after, String language) {
    return new CatalogDiffer(Messages.forLanguage(language)).diff(before, after);
  }

  /**
   * Loads and validates the catalog in {@code dir}.
   *
   * @throws NoSuchFileException when {@code dir}, the policy or the baseline do not exist
   * @throws IOException when the baseline is not a svcat baseline
   */
  public ValidationReport validate(Path dir, ValidateOptions options) throws IOException {
    return validate(load(dir, options), options);
  }

  /**
   * Validates a catalog already loaded with {@link #load} (the baseline of {@code options}
   * applies).
   */
  public ValidationReport validate(LoadResult load, ValidateOptions options) throws IOException {
    Baseline baseline = null;
    if (options.baseline() != null) {
      if (!Files.isRegularFile(options.baseline())) {
        throw new NoSuchFileException(options.baseline().toString(), null, "no such baseline");
      }
      baseline = Baseline.read(options.baseline());
    }
    RuleEngine.Outcome outcome =
        RuleEngine.builtIn()
            .run(
                load,
                Messages.forLanguage(options.language()),
                baseline,
                options.baseline() == null
                    ? null
                    : options.baseline().toString().replace('\\', '/'));
    return new ValidationReport(
        load.catalog(),
        load.files(),
        outcome.findings(),
        outcome.suppressed(),
        outcome.baselined(),
        outcome.suppressedByFile(),
        0);
  }
}
