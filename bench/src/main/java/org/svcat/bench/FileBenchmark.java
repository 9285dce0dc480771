package org.svcat.bench;

import java.util.List;
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
import org.svcat.core.load.ModelBinder;
import org.svcat.core.model.Item;
import org.svcat.core.schema.SchemaKind;
import org.svcat.core.schema.SchemaProblem;
import org.svcat.core.schema.SchemaValidator;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.StrictYamlReader;
import tools.jackson.databind.JsonNode;

/**
 * The per-file steps of loading, one item file per operation (cycling through 200 generated files
 * of every shape the reference catalog has): strict YAML reading without and with positions, schema
 * validation of the tree, binding the tree to the model.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FileBenchmark {
  private final StrictYamlReader reader = new StrictYamlReader();
  private final SchemaValidator schemas = new SchemaValidator();
  private final ModelBinder binder = new ModelBinder();
  private List<byte[]> files;
  private List<JsonNode> trees;
  private int next;

  @Setup
  public void setUp() {
    files = Corpus.itemFiles(Corpus.catalog(200, false));
    trees = files.stream().map(f -> reader.readWithoutPositions(f).root()).toList();
  }

  private int next() {
    next = next + 1 == files.size() ? 0 : next + 1;
    return next;
  }

  @Benchmark
  public ParsedYaml parse() {
    return reader.readWithoutPositions(files.get(next()));
  }

  @Benchmark
  public ParsedYaml parseWithPositions() {
    return reader.read(files.get(next()));
  }

  @Benchmark
  public List<SchemaProblem> schema() {
    return schemas.validate(SchemaKind.ITEM, trees.get(next()));
  }

  @Benchmark
  public Item bind() {
    return binder.bind(trees.get(next()), Item.class);
  }
}
