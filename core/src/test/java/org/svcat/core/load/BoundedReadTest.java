package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.schema.SchemaValidator;
import org.svcat.core.testing.Fixtures;
import org.svcat.core.yaml.YamlLimits;

/**
 * The loader reads a file into an array of the size it has when opened, and never more than one
 * byte beyond the size limit: a policy given as a pipe (which has no size) is read on up to the
 * limit and reported as too large when it goes beyond it.
 */
class BoundedReadTest {
  private static final int LIMIT = 2_000;
  private static final String POLICY = "rules:\n  visits-exceed-limit:\n    severity: error\n";

  @TempDir Path temp;

  private final CatalogLoader loader =
      new CatalogLoader(new SchemaValidator(), new YamlLimits(LIMIT, 64, 65_536));

  @Test
  void aPolicyFromAPipeIsReadWhole() throws Exception {
    Path catalog = Fixtures.catalogWith(null, temp.resolve("c"));
    Path pipe = temp.resolve("policy.pipe");
    assumeTrue(mkfifo(pipe), "mkfifo is not available");

    LoadResult load = loadWithPipedPolicy(catalog, pipe, POLICY);

    assertThat(load.findings()).extracting(Finding::rule).doesNotContain("yaml-syntax", "schema");
    assertThat(load.catalog().policy().rules()).containsKey("visits-exceed-limit");
  }

  @Test
  void aPolicyFromAPipeBeyondTheLimitIsTooLarge() throws Exception {
    Path catalog = Fixtures.catalogWith(null, temp.resolve("c"));
    Path pipe = temp.resolve("policy.pipe");
    assumeTrue(mkfifo(pipe), "mkfifo is not available");

    LoadResult load = loadWithPipedPolicy(catalog, pipe, POLICY + "# padding\n".repeat(LIMIT));

    assertThat(load.findings())
        .filteredOn(f -> f.file().equals(pipe.toString().replace('\\', '/')))
        .extracting(Finding::rule, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "yaml-syntax",
                "a file of " + (LIMIT + 1) + " bytes exceeds the limit of " + LIMIT + " bytes"));
  }

  @Test
  void aFileAtTheLimitIsReadWholeAndOneBeyondIsTooLarge() throws IOException {
    Path catalog = Fixtures.catalogWith(null, temp.resolve("c"));
    Path policy = temp.resolve("policy.yaml");
    String atLimit = POLICY + "#".repeat(LIMIT - POLICY.length() - 1) + "\n";
    Files.writeString(policy, atLimit, StandardCharsets.UTF_8);

    LoadResult whole = loader.load(catalog, policy, Messages.forLanguage("en"));
    Files.writeString(policy, atLimit + "\n", StandardCharsets.UTF_8);
    LoadResult beyond = loader.load(catalog, policy, Messages.forLanguage("en"));

    assertThat(whole.findings()).extracting(Finding::rule).doesNotContain("yaml-syntax");
    assertThat(whole.catalog().policy().rules()).containsKey("visits-exceed-limit");
    assertThat(beyond.findings())
        .extracting(Finding::rule, Finding::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "yaml-syntax",
                "a file of " + (LIMIT + 1) + " bytes exceeds the limit of " + LIMIT + " bytes"));
  }

  /** Loads {@code catalog} with {@code text} written into {@code pipe} as the policy. */
  private LoadResult loadWithPipedPolicy(Path catalog, Path pipe, String text) throws Exception {
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(pipe, text, StandardCharsets.UTF_8);
              } catch (IOException e) {
                // the reader stopped at the limit and closed the pipe
              }
            });
    writer.setDaemon(true);
    writer.start();
    LoadResult load = loader.load(catalog, pipe, Messages.forLanguage("en"));
    writer.join(10_000);
    return load;
  }

  private static boolean mkfifo(Path target) {
    try {
      return new ProcessBuilder("mkfifo", target.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
