package org.svcat.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.testing.Fixtures;

/** A lazily reported finding works out its message's arguments only when it is kept. */
class ReportLazilyTest {
  @TempDir Path temp;

  /** Reports every item's name, counting how often the arguments were worked out. */
  @SvcatRule(id = "lazy-probe", severity = Severity.WARNING)
  static final class LazyProbe implements Rule {
    final AtomicInteger built = new AtomicInteger();

    @Override
    public void check(RuleContext context) {
      for (Item item : context.catalog().items()) {
        context.reportLazily(
            item,
            "/name",
            () -> {
              built.incrementAndGet();
              return new Object[] {item.name()};
            });
      }
    }
  }

  private RuleEngine.Outcome run(LazyProbe probe, String appended) throws IOException {
    Path catalog =
        Fixtures.catalogWith(
            Fixtures.resource("rules/schema/pass"),
            temp.resolve(appended.isEmpty() ? "kept" : "suppressed"));
    Path food = catalog.resolve("items/food.yaml");
    Files.writeString(food, Files.readString(food) + appended);
    return new RuleEngine(List.of(probe))
        .run(Svcat.create().load(catalog, ValidateOptions.DEFAULT), Messages.forLanguage("en"));
  }

  @Test
  void aKeptFindingHasItsArguments() throws IOException {
    LazyProbe probe = new LazyProbe();
    RuleEngine.Outcome outcome = run(probe, "");

    assertThat(outcome.findings())
        .filteredOn(f -> f.rule().equals("lazy-probe"))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/name"));
    assertThat(probe.built).hasValue(1);
  }

  @Test
  void aSuppressedFindingNeverWorksThemOut() throws IOException {
    LazyProbe probe = new LazyProbe();
    RuleEngine.Outcome outcome = run(probe, "suppress:\n  - {rule: lazy-probe, reason: 只为测试}\n");

    assertThat(outcome.findings()).noneMatch(f -> f.rule().equals("lazy-probe"));
    assertThat(outcome.suppressed()).isEqualTo(1);
    assertThat(probe.built).hasValue(0);
  }
}
