package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.testing.Fixtures;

/**
 * Validating a catalog while someone edits it (an editor saving, git checking out, an import
 * writing) gives a report about some state of each file: never an exception, never a finding
 * without a position.
 */
class ConcurrentEditTest {
  @TempDir Path temp;

  @Test
  void validateDuringEditsNeverFails() throws Exception {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/schema/pass"), temp.resolve("c"));
    Path item = catalog.resolve("items/food.yaml");
    byte[] full = Files.readAllBytes(item);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger edits = new AtomicInteger();
    Thread editor =
        new Thread(
            () -> {
              int i = 0;
              while (!stop.get()) {
                try {
                  Path extra = catalog.resolve("items/new-" + (i % 5) + ".yaml");
                  switch (i % 4) {
                    case 0 -> Files.write(item, java.util.Arrays.copyOf(full, full.length / 2));
                    case 1 -> Files.deleteIfExists(item);
                    case 2 -> Files.write(extra, "code: [".getBytes(StandardCharsets.UTF_8));
                    default -> {
                      Path tmp = catalog.resolve("items/.save.tmp");
                      Files.write(tmp, full);
                      Files.move(tmp, item, StandardCopyOption.REPLACE_EXISTING);
                      Files.deleteIfExists(extra);
                    }
                  }
                  edits.incrementAndGet();
                } catch (NoSuchFileException e) {
                  // raced with our own delete
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
                i++;
              }
            });
    editor.start();
    Svcat svcat = Svcat.create();
    try {
      for (int run = 0; run < 40; run++) {
        ValidationReport report = svcat.validate(catalog, ValidateOptions.DEFAULT);
        for (Finding f : report.findings()) {
          assertThat(f.line()).isPositive();
          assertThat(f.file()).isNotBlank();
        }
      }
    } finally {
      stop.set(true);
      editor.join();
    }
    assertThat(edits.get()).as("the editor really ran").isPositive();
  }
}
