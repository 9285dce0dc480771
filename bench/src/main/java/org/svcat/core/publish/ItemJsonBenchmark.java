package org.svcat.core.publish;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.svcat.bench.Corpus;
import org.svcat.core.Svcat;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.Item;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.report.PrettyJson;

/**
 * One item's canonical JSON per operation (cycling through the 1,000 items of a generated
 * catalog): written straight from the records ({@link ItemJson}, what a release does) and, for
 * comparison, the way a release made it until 2026-12-06 ({@link CanonicalJson#itemTree}, written
 * with sorted keys). In this package to reach the publisher's package-private classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ItemJsonBenchmark {
  private List<Item> items;
  private Map<String, SharedMaterial> dictionary;
  private int next;

  @Setup
  public void setUp() {
    Catalog catalog = Corpus.load(Svcat.create(), Corpus.catalog(1000, false)).catalog();
    items = CanonicalJson.sortedItems(catalog);
    dictionary = catalog.materials();
  }

  private Item next() {
    next = next + 1 == items.size() ? 0 : next + 1;
    return items.get(next);
  }

  @Benchmark
  public byte[] fromRecords() {
    return ItemJson.utf8(next(), dictionary);
  }

  @Benchmark
  public byte[] throughTree() {
    return PrettyJson.writeSortedUtf8(CanonicalJson.itemTree(next(), dictionary));
  }
}
