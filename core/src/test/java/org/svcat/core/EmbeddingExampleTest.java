package org.svcat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svcat.core.clock.CaseClock;
import org.svcat.core.clock.CaseDue;
import org.svcat.core.clock.Pause;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Catalog;
import org.svcat.core.testing.Fixtures;

/**
 * The embedding example of the README, compiled and run here; the README must quote it verbatim, as
 * a code block of its own.
 */
class EmbeddingExampleTest {
  static int example(Path catalogDir, PrintStream out) throws IOException {
    // tag::embed[]
    Svcat svcat = Svcat.create(); // compiles the schemas once; reuse it
    ValidationReport report =
        svcat.validate(catalogDir, ValidateOptions.DEFAULT.withLanguage("en"));
    for (Finding f : report.findings()) {
      out.printf(
          "%s:%d:%d %s [%s] %s%n",
          f.file(), f.line(), f.column(), f.severity().id(), f.rule(), f.message());
    }
    int items = report.catalog().items().size();
    boolean ok = !report.fails(Severity.ERROR);
    // end::embed[]
    out.println(items + " items, ok=" + ok);
    return ok ? 0 : 1;
  }

  static String dueDateExample(Path catalogDir) throws IOException {
    // tag::due[]
    Catalog catalog = Svcat.create().load(catalogDir, ValidateOptions.DEFAULT).catalog();
    CaseClock clock = CaseClock.of(catalog); // the catalog's calendars and yellow threshold
    CaseDue due =
        clock.item(
            "11510107MB1529310N4000125012000", // 食品经营许可
            null, // no situation
            LocalDate.parse("2026-09-30"), // accepted (not counted)
            LocalDate.parse("2026-10-09"), // today
            List.of(Pause.parse("2026-10-12..2026-10-13"))); // 补正: the clock stops
    return due.promised().due() + " " + due.light(); // 2026-10-10 YELLOW
    // end::due[]
  }

  @Test
  void computesADueDateFromCode() throws IOException {
    assertThat(dueDateExample(Fixtures.repositoryRoot().resolve("catalog")))
        .isEqualTo("2026-10-10 YELLOW");
  }

  @Test
  void runsOnTheReferenceCatalog() throws IOException {
    var buffer = new java.io.ByteArrayOutputStream();
    int code =
        example(
            Fixtures.repositoryRoot().resolve("catalog"),
            new PrintStream(buffer, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(buffer.toString(StandardCharsets.UTF_8)).endsWith("31 items, ok=true\n");
  }

  @Test
  void theReadmeQuotesTheExamplesVerbatim() throws IOException {
    List<String> source =
        Files.readAllLines(
            Fixtures.repositoryRoot()
                .resolve("core/src/test/java/org/svcat/core/EmbeddingExampleTest.java"));
    String readme = Files.readString(Fixtures.repositoryRoot().resolve("README.md"));
    for (String tag : List.of("embed", "due")) {
      int from = source.indexOf("    // tag::" + tag + "[]");
      int to = source.indexOf("    // end::" + tag + "[]");
      String snippet =
          String.join(
              "\n", source.subList(from + 1, to).stream().map(l -> l.substring(4)).toList());
      assertThat(readme).as(tag).contains("```java\n" + snippet + "\n```\n");
    }
  }
}
