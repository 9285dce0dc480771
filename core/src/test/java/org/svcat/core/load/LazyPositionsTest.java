package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Finding;
import org.svcat.core.model.Item;
import org.svcat.core.testing.Fixtures;

/**
 * A file that reads cleanly is loaded without positions and without keeping its bytes: they are
 * worked out when a finding or a change asks, from the file read again, and only while it still
 * holds the bytes that were checked (their length and CRC-32C are kept; their sha256 too when the
 * load is asked for source digests).
 */
class LazyPositionsTest {
  @TempDir Path temp;

  /** An edit to items/food.yaml, made between loading the catalog and validating it. */
  private interface Edit {
    void apply(Path food) throws Exception;
  }

  /** Where promised-exceeds-legal stands in items/food.yaml when {@code edit} comes in between. */
  private Tuple positionAfter(Edit edit) throws Exception {
    Path catalog =
        Fixtures.catalogWith(
            Fixtures.resource("rules/promised-exceeds-legal/fail"), temp.resolve("c"));
    Svcat svcat = Svcat.create();
    LoadResult load = svcat.load(catalog, ValidateOptions.DEFAULT);
    edit.apply(catalog.resolve("items/food.yaml"));

    Finding finding =
        svcat.validate(load, ValidateOptions.DEFAULT).findings().stream()
            .filter(f -> f.file().equals("items/food.yaml"))
            .filter(f -> f.rule().equals("promised-exceeds-legal"))
            .findFirst()
            .orElseThrow();
    return tuple(finding.line(), finding.column());
  }

  @Test
  void aFileChangedSinceItWasCheckedGivesNoPositionFromItsNewText() throws Exception {
    Tuple at =
        positionAfter(
            food ->
                Files.writeString(
                    food,
                    "# ten lines added on top\n".repeat(10) + Files.readString(food),
                    StandardCharsets.UTF_8));

    assertThat(at).isEqualTo(tuple(1, 1));
  }

  @Test
  void aFileUnchangedOnDiskGetsItsPositionsFromTheFileReadAgain() throws Exception {
    Tuple at =
        positionAfter(
            food -> {
              byte[] checked = Files.readAllBytes(food);
              Files.writeString(food, "code: [\n", StandardCharsets.UTF_8);
              Files.write(food, checked); // changed and changed back: the same bytes again
            });

    assertThat(at.toList().get(0)).isEqualTo(14);
  }

  @Test
  void aRemovedFileGivesNoPositionAndNoFailure() throws Exception {
    assertThat(positionAfter(Files::delete)).isEqualTo(tuple(1, 1));
  }

  @Test
  void aBoundFileKeepsTheSha256OfTheBytesThatWereCheckedAndAnUnboundOneNothing() throws Exception {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/schema/pass"), temp.resolve("c"));
    Files.writeString(catalog.resolve("items/broken.yaml"), "code: [\n", StandardCharsets.UTF_8);
    LoadResult load = Svcat.create().load(catalog, ValidateOptions.DEFAULT.withSourceDigests(true));
    Item item = load.catalog().items().get(0);
    String path = load.origin(item).path();
    byte[] checked = Files.readAllBytes(catalog.resolve(path));
    Files.writeString(catalog.resolve(path), "changed: after reading\n", StandardCharsets.UTF_8);

    assertThat(load.source(path).orElseThrow().sha256())
        .contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(checked)));
    assertThat(load.source(path).orElseThrow()).isSameAs(load.origin(item));
    assertThat(load.files())
        .filteredOn(file -> load.source(file).isEmpty())
        .containsExactly("items/broken.yaml");
  }

  @Test
  void sha256sAreKeptOnlyWhenAsked() throws Exception {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/schema/pass"), temp.resolve("c"));
    LoadResult load = Svcat.create().load(catalog, ValidateOptions.DEFAULT);

    assertThat(load.files()).allSatisfy(file -> assertThat(load.source(file)).isPresent());
    assertThat(load.files())
        .allSatisfy(file -> assertThat(load.source(file).orElseThrow().sha256()).isEmpty());
  }

  @Test
  void aCleanFilesPositionsAreWorkedOutOnDemand() throws Exception {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/schema/pass"), temp.resolve("c"));
    LoadResult load = Svcat.create().load(catalog, ValidateOptions.DEFAULT);
    Item item = load.catalog().items().get(0);
    SourceFile origin = load.origin(item);
    String text = Files.readString(catalog.resolve(origin.path()));
    int nameLine = text.substring(0, text.indexOf("\nname:") + 1).split("\n", -1).length;

    assertThat(origin.sourceMap().value("/name").line()).isEqualTo(nameLine);
    assertThat(origin.sourceMap()).isSameAs(origin.sourceMap());
  }
}
