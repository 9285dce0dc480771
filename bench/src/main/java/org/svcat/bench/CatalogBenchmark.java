package org.svcat.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.svcat.core.Svcat;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Messages;
import org.svcat.core.load.LoadResult;
import org.svcat.core.rules.RuleEngine;

/**
 * The whole-catalog steps on a loaded catalog of {@code items} items: loading it (read, parse,
 * schema, bind, in parallel), running every rule, and diffing it against a copy with planted
 * changes. Divide by {@code items} for the cost per item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CatalogBenchmark {
  @Param({"1000"})
  public int items;

  private final Svcat svcat = Svcat.create();
  private final Messages messages = Messages.forLanguage("zh");
  private Path catalog;
  private LoadResult before;
  private LoadResult after;

  @Setup
  public void setUp() {
    catalog = Corpus.catalog(items, false);
    before = Corpus.load(svcat, catalog);
    after = Corpus.load(svcat, Corpus.catalog(items, true));
  }

  @Benchmark
  public LoadResult load() {
    return Corpus.load(svcat, catalog);
  }

  @Benchmark
  public RuleEngine.Outcome rules() {
    return RuleEngine.builtIn().run(before, messages);
  }

  @Benchmark
  public DiffReport diff() {
    return svcat.diff(before, after, "zh");
  }
}
