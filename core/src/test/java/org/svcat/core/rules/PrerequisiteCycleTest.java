package org.svcat.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.testing.Fixtures;

/** 互为前置: one finding per cycle, naming every item on it; long chains cost no recursion. */
class PrerequisiteCycleTest {
  @TempDir Path temp;

  @Test
  void aThreeItemCycleIsOneFindingNamingAllThree() throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/prerequisite-cycle/fail"), temp);
    ValidationReport report =
        Svcat.create().validate(catalog, ValidateOptions.DEFAULT.withLanguage("zh"));
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("prerequisite-cycle");
              assertThat(f.message())
                  .contains("3 个事项")
                  .contains("食品经营许可（11510107MB1529310N4000125012000）")
                  .contains("企业设立登记（11510107MB1529310N4000125001000）")
                  .contains("老年人优待证办理（11510107MB152928814512008041000）")
                  .startsWith("前置关系构成 3 个事项的循环（互为前置）：老年人优待证办理");
              assertThat(f.pointer()).isEqualTo("/prerequisites/0");
              assertThat(f.file()).isEqualTo("items/company.yaml");
            });
  }
}
