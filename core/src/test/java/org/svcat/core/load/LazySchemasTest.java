package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.schema.SchemaValidator;
import org.svcat.core.testing.Fixtures;
import org.svcat.core.yaml.YamlLimits;

/**
 * The loader asks for the compiled schemas only when a file needs checking, after it has listed the
 * catalog's files, so that the listing overlaps a compile that runs on another thread.
 */
class LazySchemasTest {
  @TempDir Path temp;

  private final AtomicInteger asked = new AtomicInteger();
  private final SchemaValidator validator = new SchemaValidator();
  private final Supplier<SchemaValidator> counting =
      () -> {
        asked.incrementAndGet();
        return validator;
      };

  @Test
  void aFolderWithoutFilesNeverAsksForTheSchemas() throws Exception {
    Path empty = Files.createDirectory(temp.resolve("empty"));

    LoadResult load = loader().load(empty, null, Messages.forLanguage("en"));

    assertThat(asked).hasValue(0);
    assertThat(load.findings()).extracting(Finding::rule).containsExactly("schema");
  }

  @Test
  void aCatalogIsCheckedWithTheSchemasItAskedFor() throws Exception {
    Path catalog = Fixtures.repositoryRoot().resolve("catalog");

    LoadResult load = loader().load(catalog, null, Messages.forLanguage("en"));

    assertThat(asked.get()).isPositive();
    assertThat(load.findings()).extracting(Finding::rule).doesNotContain("schema");
    assertThat(load.catalog().items()).isNotEmpty();
  }

  private CatalogLoader loader() {
    return new CatalogLoader(counting, YamlLimits.DEFAULT, false);
  }
}
