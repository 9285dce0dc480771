package org.svcat.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.load.LoadResult;
import org.svcat.core.synth.SyntheticCatalog;
import org.svcat.core.testing.Fixtures;

/** Handing a rule's records out in slices changes neither the findings nor what is suppressed. */
class RuleEngineSlicingTest {
  @TempDir Path temp;

  @Test
  void slicesFindWhatWholeRulesFind() throws IOException {
    SyntheticCatalog.write(
        Fixtures.repositoryRoot().resolve("catalog"), temp.resolve("c"), 200, 5, true);
    LoadResult load =
        Svcat.create().load(temp.resolve("c"), ValidateOptions.DEFAULT.withLanguage("en"));
    Messages messages = Messages.forLanguage("en");

    RuleEngine.Outcome whole =
        new RuleEngine(BuiltInRules.all(), Integer.MAX_VALUE).run(load, messages);
    RuleEngine.Outcome sliced = new RuleEngine(BuiltInRules.all(), 7).run(load, messages);

    assertThat(whole.findings()).extracting(f -> f.rule()).contains("promised-exceeds-legal");
    assertThat(whole.suppressed()).isPositive();
    assertThat(sliced.findings()).containsExactlyElementsOf(whole.findings());
    assertThat(sliced.suppressed()).isEqualTo(whole.suppressed());
  }
}
