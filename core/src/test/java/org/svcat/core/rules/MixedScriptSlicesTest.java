package org.svcat.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.load.LoadResult;
import org.svcat.core.rules.text.TextMixedScriptRule;
import org.svcat.core.synth.SyntheticCatalog;
import org.svcat.core.testing.Fixtures;

/**
 * The slices of one run convert texts on several threads at once, into the rule's one map of
 * converted texts: every text is still checked, and none throws (a plain HashMap did).
 */
class MixedScriptSlicesTest {
  @TempDir Path temp;

  @Test
  void slicesOnSeveralThreadsFindEveryTraditionalName() throws IOException {
    Path catalog = temp.resolve("c");
    SyntheticCatalog.write(Fixtures.repositoryRoot().resolve("catalog"), catalog, 400, 3, false);
    AtomicInteger n = new AtomicInteger();
    List<Path> items;
    try (Stream<Path> walk = Files.walk(catalog.resolve("items"))) {
      items = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path item : items) {
      String text = Files.readString(item);
      Files.writeString(
          item, text.replaceFirst("\nname: ", "\nname: 發證" + n.incrementAndGet() + "號"));
    }
    LoadResult load = Svcat.create().load(catalog, ValidateOptions.DEFAULT.withLanguage("en"));
    RuleEngine engine = new RuleEngine(List.of(new TextMixedScriptRule()), 4);

    List<Finding> names =
        engine.run(load, Messages.forLanguage("en")).findings().stream()
            .filter(f -> f.rule().equals("text-mixed-script") && f.pointer().equals("/name"))
            .toList();

    assertThat(load.catalog().items()).hasSize(items.size());
    assertThat(names).hasSize(items.size());
    assertThat(names).allSatisfy(f -> assertThat(f.message()).contains("發", "號"));
  }
}
