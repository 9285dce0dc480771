package org.svcat.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.io.UnusableFileException;
import org.svcat.core.report.ReportGoldenTest;
import org.svcat.core.testing.Fixtures;

/** Releases: reproducible, verifiable, atomic, refused when they should be. */
class PublishTest {
  private static final Svcat SVCAT = Svcat.create();
  private static final String FOOD = "11510107MB1529310N4000125012000";

  @TempDir Path temp;

  private static Path reference() {
    return Fixtures.repositoryRoot().resolve("catalog");
  }

  private static PublishOptions to(Path dist) {
    return new PublishOptions(dist, null, null, "zh", null);
  }

  /** Every file under {@code dir} with its sha256. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), SafeNames.sha256(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  @Test
  void publishingTwiceGivesIdenticalBytes() throws Exception {
    Release a = new Publisher(SVCAT).publish(reference(), to(temp.resolve("a")));
    Release b = new Publisher(Svcat.create()).publish(reference(), to(temp.resolve("b")));
    assertThat(a.unchanged()).isFalse();
    assertThat(snapshot(a.directory())).isEqualTo(snapshot(b.directory())).hasSizeGreaterThan(70);
    assertThat(a.directory()).endsWith(Path.of("cn-510107-wuhou", "1.0.0"));
    assertThat(snapshot(a.directory()).keySet())
        .contains(
            "catalog.json",
            "index.json",
            "catalog.jsonld",
            "CHANGES.md",
            "manifest.json",
            "items/" + FOOD + ".json",
            "guide/index.html",
            "guide/items/" + FOOD + ".html",
            "guide/stats.html",
            "guide/bundles/open-restaurant.html",
            "schemas/item.schema.json");
    assertThat(Files.readString(a.directory().resolve("manifest.json"))).doesNotContain("created");
  }

  /** {@code --out ./dist}: a relative folder spelled with a dot publishes and verifies. */
  @Test
  void aDotSpelledRelativeDistFolderWorks() throws Exception {
    Path relative = Path.of(".", Path.of("").toAbsolutePath().relativize(temp).toString(), "dist");
    Release release = new Publisher(SVCAT).publish(reference(), to(relative));
    assertThat(snapshot(release.directory())).containsKey("catalog.json");
    assertThat(ReleaseVerifier.verify(release.directory(), null).problems()).isEmpty();
  }

  @Test
  void sourceDateEpochIsTheOnlyTime() throws Exception {
    Release r =
        new Publisher(SVCAT)
            .publish(reference(), new PublishOptions(temp, null, null, "zh", 1767225600L));
    assertThat(Files.readString(r.directory().resolve("manifest.json")))
        .contains("\"created\": \"2026-01-01T00:00:00Z\"");
  }

  @Test
  void verifyPassesAndCatchesEveryTamper() throws Exception {
    Path keys = temp.resolve("keys");
    Ed25519.write(Ed25519.generate(), keys, "svcat");
    Ed25519.write(Ed25519.generate(), keys, "other");
    Path dist = temp.resolve("dist");
    Release r =
        new Publisher(SVCAT)
            .publish(
                reference(), new PublishOptions(dist, null, keys.resolve("svcat.key"), "zh", null));
    Path dir = r.directory();
    assertThat(r.signed()).isTrue();
    ReleaseVerifier.Result ok = ReleaseVerifier.verify(dir, keys.resolve("svcat.pub"));
    assertThat(ok.ok()).as("%s", ok.problems()).isTrue();
    assertThat(ok.signatureChecked()).isTrue();

    assertThat(ReleaseVerifier.verify(dir, keys.resolve("other.pub")).problems())
        .extracting(ReleaseVerifier.Problem::kind)
        .containsExactly(ReleaseVerifier.ProblemKind.SIGNATURE_INVALID);
    // the private key where the public one belongs: a file that is not what it should be, not a bug
    assertThatThrownBy(() -> ReleaseVerifier.verify(dir, keys.resolve("svcat.key")))
        .isInstanceOf(UnusableFileException.class)
        .hasMessage(
            keys.resolve("svcat.key")
                + ": not an Ed25519 public key in PEM (the .pub file svcat keygen writes)");

    for (String file :
        List.of("items/" + FOOD + ".json", "guide/index.html", "catalog.json", "CHANGES.md")) {
      Path path = dir.resolve(file);
      byte[] original = Files.readAllBytes(path);
      byte[] changed = original.clone();
      changed[changed.length / 2] ^= 1;
      Files.write(path, changed);
      assertThat(ReleaseVerifier.verify(dir, null).problems())
          .singleElement()
          .satisfies(p -> assertThat(p.kind() + " " + p.file()).isEqualTo("MODIFIED " + file));
      Files.write(path, java.util.Arrays.copyOf(original, original.length - 10));
      assertThat(ReleaseVerifier.verify(dir, null).problems())
          .extracting(ReleaseVerifier.Problem::file)
          .containsExactly(file);
      Files.write(path, original);
    }
    Files.writeString(dir.resolve("items/extra.json"), "{}");
    assertThat(ReleaseVerifier.verify(dir, null).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind() + " " + p.file()).isEqualTo("EXTRA items/extra.json"));
    Files.delete(dir.resolve("items/extra.json"));
    byte[] index = Files.readAllBytes(dir.resolve("index.json"));
    Files.delete(dir.resolve("index.json"));
    assertThat(ReleaseVerifier.verify(dir, null).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind() + " " + p.file()).isEqualTo("MISSING index.json"));
    Files.write(dir.resolve("index.json"), index);
    // a manifest that names a file outside the release, one that exists: never read
    String manifest = Files.readString(dir.resolve("manifest.json"));
    String outside = "../../../keys/svcat.pub";
    assertThat(dir.resolve(outside)).exists();
    Files.writeString(
        dir.resolve("manifest.json"), manifest.replace("\"CHANGES.md\":", "\"" + outside + "\":"));
    assertThat(ReleaseVerifier.verify(dir, null).problems())
        .extracting(p -> p.kind() + " " + p.file() + ": " + p.detail())
        .containsExactly(
            "MISSING "
                + outside
                + ": listed in the manifest with a path outside the release, which svcat never"
                + " writes (not read)",
            "EXTRA CHANGES.md: in the release but not in the manifest");
    Files.writeString(dir.resolve("manifest.json"), manifest);
    Files.writeString(
        dir.resolve("manifest.json"),
        Files.readString(dir.resolve("manifest.json")).replace("\"1.0.0\"", "\"1.0.1\""));
    assertThat(ReleaseVerifier.verify(dir, keys.resolve("svcat.pub")).problems())
        .extracting(ReleaseVerifier.Problem::kind)
        .containsExactly(ReleaseVerifier.ProblemKind.SIGNATURE_INVALID);
    Files.delete(dir.resolve("manifest.sig"));
    assertThat(ReleaseVerifier.verify(dir, keys.resolve("svcat.pub")).problems())
        .extracting(ReleaseVerifier.Problem::kind)
        .containsExactly(ReleaseVerifier.ProblemKind.SIGNATURE_MISSING);

    Files.writeString(dir.resolve("manifest.json"), "{bad");
    assertThat(ReleaseVerifier.verify(dir, null).problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.kind() + " " + p.detail())
                    .startsWith("MANIFEST_UNREADABLE line 1, column 2: Unexpected character")
                    .doesNotContain("REDACTED"));
  }

  @Test
  void theSameVersionAgainIsANoOpAndDifferentContentIsRefused() throws Exception {
    Path dist = temp.resolve("dist");
    new Publisher(SVCAT).publish(reference(), to(dist));
    Map<String, String> before = snapshot(dist);
    assertThat(new Publisher(SVCAT).publish(reference(), to(dist)).unchanged()).isTrue();
    Path edited = temp.resolve("edited");
    Fixtures.copyTree(reference(), edited);
    Path food = edited.resolve("items/market/food-business-licence.yaml");
    Files.writeString(
        food,
        Files.readString(food)
            .replace("visits: 1\n", "visits: 1\n")
            .replace("有食品安全管理人员和管理制度", "有专职食品安全管理人员"));
    assertThatThrownBy(() -> new Publisher(SVCAT).publish(edited, to(dist)))
        .isInstanceOf(PublishException.class)
        .satisfies(
            e ->
                assertThat(((PublishException) e).reason())
                    .isEqualTo(PublishException.Reason.VERSION_EXISTS));
    assertThat(snapshot(dist)).isEqualTo(before);
  }

  @Test
  void aCatalogWithErrorsIsNotPublished() throws Exception {
    Path broken = temp.resolve("broken");
    Fixtures.copyTree(reference(), broken);
    Files.writeString(broken.resolve("items/market/bad.yaml"), "code: [\n");
    Path dist = temp.resolve("dist");
    assertThatThrownBy(() -> new Publisher(SVCAT).publish(broken, to(dist)))
        .isInstanceOf(PublishException.class)
        .satisfies(
            e -> {
              PublishException p = (PublishException) e;
              assertThat(p.reason()).isEqualTo(PublishException.Reason.FINDINGS);
              assertThat(p.findings().findings())
                  .extracting(f -> f.file())
                  .contains("items/market/bad.yaml");
            });
    assertThat(snapshot(dist)).isEmpty();
  }

  @Test
  void previousGivesTheChangelogAndTheSemverRule() throws Exception {
    Path next = temp.resolve("next");
    Fixtures.copyTree(reference(), next);
    Path food = next.resolve("items/market/food-business-licence.yaml");
    Files.writeString(food, Files.readString(food).replace("visits: 1\n", "visits: 2\n"));
    Path dist = temp.resolve("dist");
    Path catalogYaml = next.resolve("catalog.yaml");
    Files.writeString(
        catalogYaml, Files.readString(catalogYaml).replace("version: 1.0.0", "version: 1.1.0"));
    assertThatThrownBy(
            () ->
                new Publisher(SVCAT)
                    .publish(next, new PublishOptions(dist, reference(), null, "zh", null)))
        .isInstanceOf(PublishException.class)
        .satisfies(
            e ->
                assertThat(((PublishException) e).reason())
                    .isEqualTo(PublishException.Reason.VERSION_BUMP_REQUIRED));
    assertThat(snapshot(dist)).isEmpty();
    Files.writeString(
        catalogYaml, Files.readString(catalogYaml).replace("version: 1.1.0", "version: 2.0.0"));
    Release r =
        new Publisher(SVCAT).publish(next, new PublishOptions(dist, reference(), null, "zh", null));
    assertThat(Files.readString(r.directory().resolve("CHANGES.md")))
        .contains("到现场次数 1 → 2")
        .contains("增加办事负担")
        .contains("相对 1.0.0");
  }

  @Test
  void aFailureAtAnyStepLeavesTheDistDirectoryExactlyAsBefore() throws Exception {
    Path dist = temp.resolve("dist");
    Path keys = temp.resolve("keys");
    Ed25519.write(Ed25519.generate(), keys, "k");
    PublishOptions options = new PublishOptions(dist, null, keys.resolve("k.key"), "zh", null);
    Path older = temp.resolve("older");
    Fixtures.copyTree(reference(), older);
    Files.writeString(
        older.resolve("catalog.yaml"),
        Files.readString(older.resolve("catalog.yaml"))
            .replace("version: 1.0.0", "version: 0.9.0"));
    new Publisher(SVCAT).publish(older, options);
    Map<String, String> before = snapshot(dist);

    // the publisher writes files from several threads, and tells the hook from each of them
    List<String> steps = Collections.synchronizedList(new ArrayList<>());
    Path scratch = temp.resolve("scratch");
    new Publisher(SVCAT, steps::add)
        .publish(reference(), new PublishOptions(scratch, null, keys.resolve("k.key"), "zh", null));
    assertThat(steps)
        .contains(
            "validate", "write catalog.json", "write guide/index.html", "manifest", "sign", "move");
    for (String step : steps) {
      Publisher failing =
          new Publisher(
              SVCAT,
              s -> {
                if (s.equals(step)) {
                  throw new IOException("injected failure at " + s + " (disk full)");
                }
              });
      assertThatThrownBy(() -> failing.publish(reference(), options))
          .hasMessageContaining("injected failure");
      assertThat(snapshot(dist)).as("after a failure at %s", step).isEqualTo(before);
      try (Stream<Path> left = Files.list(dist.resolve("cn-510107-wuhou"))) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .as("after a failure at %s", step)
            .containsExactly("0.9.0");
      }
    }
  }

  @Test
  void theLeftoversOfAKilledPublishAreRemovedAndNeverServed() throws Exception {
    Path dist = temp.resolve("dist");
    Path parent = Files.createDirectories(dist.resolve("cn-510107-wuhou"));
    // what kill -9 in the middle of a publish leaves: a half-written temporary release
    Path leftover = Files.createDirectories(parent.resolve(".svcat-tmp-1.0.0-4242/items"));
    Files.writeString(leftover.resolve("half.json"), "{\"code\": \"1151");
    Release r = new Publisher(SVCAT).publish(reference(), to(dist));
    try (Stream<Path> left = Files.list(parent)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("1.0.0");
    }
    assertThat(ReleaseVerifier.verify(r.directory(), null).ok()).isTrue();
  }

  @Test
  void publishNeverFollowsASymbolicLinkOutOfTheDistDirectory() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Path dist = Files.createDirectories(temp.resolve("dist"));
    Files.createSymbolicLink(dist.resolve("cn-510107-wuhou"), outside);
    assertThatThrownBy(() -> new Publisher(SVCAT).publish(reference(), to(dist)))
        .isInstanceOfSatisfying(
            PublishException.class,
            e -> assertThat(e.reason()).isEqualTo(PublishException.Reason.UNSAFE_TARGET));
    Path linkedDist = temp.resolve("linked-dist");
    Files.createSymbolicLink(linkedDist, outside);
    assertThatThrownBy(() -> new Publisher(SVCAT).publish(reference(), to(linkedDist)))
        .isInstanceOfSatisfying(
            PublishException.class,
            e -> assertThat(e.reason()).isEqualTo(PublishException.Reason.UNSAFE_TARGET));
    try (Stream<Path> written = Files.list(outside)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void catalogJsonLdExpandsAsJsonLd() throws Exception {
    Release r = new Publisher(SVCAT).publish(reference(), to(temp));
    byte[] jsonld = Files.readAllBytes(r.directory().resolve("catalog.jsonld"));
    var expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(jsonld))).get();
    String text = expanded.toString();
    assertThat(expanded).hasSize(31);
    assertThat(text)
        .contains("http://purl.org/vocab/cpsv#PublicService")
        .contains("http://data.europa.eu/m8g/hasCompetentAuthority")
        .contains("http://purl.org/vocab/cpsv#hasInput")
        .contains("http://data.europa.eu/m8g/processingTime")
        .contains("http://www.w3.org/2001/XMLSchema#duration")
        .contains("http://purl.org/dc/terms/requires")
        .contains("食品经营许可");
  }

  @Test
  void goldensOfASmallCatalog() throws Exception {
    Release r = new Publisher(SVCAT).publish(Fixtures.resource("seeds/shapingba"), to(temp));
    for (String file :
        List.of(
            "catalog.json",
            "index.json",
            "items/SPB-1.json",
            "catalog.jsonld",
            "guide/index.html",
            "guide/items/SPB-1.html",
            "guide/bundles/new-company.html",
            "guide/stats.html")) {
      String text = Files.readString(r.directory().resolve(file), StandardCharsets.UTF_8);
      ReportGoldenTest.Golden.assertMatches("publish/" + file.replace('/', '_'), text);
    }
  }

  @Test
  void catalogTextIsEscapedAndCodesNeverLeaveTheirDirectory() throws Exception {
    Path catalog = temp.resolve("hostile");
    Fixtures.copyTree(Fixtures.resource("seeds/shapingba"), catalog);
    Path item = catalog.resolve("items/licence.yaml");
    Files.writeString(
        item,
        Files.readString(item)
            .replace("\nname: 营业执照\n", "\nname: \"<script>alert(1)</script>&营业执照\"\n")
            .replace("code: SPB-1", "code: \"../../../evil\""));
    for (String name : List.of("new-company.yaml", "new-company-serial.yaml")) {
      Path bundle = catalog.resolve("bundles/" + name);
      Files.writeString(bundle, Files.readString(bundle).replace("SPB-1,", "\"../../../evil\","));
    }
    Path dist = temp.resolve("dist");
    Release r = new Publisher(SVCAT).publish(catalog, to(dist));
    try (Stream<Path> all = Files.walk(temp)) {
      assertThat(all.filter(p -> p.getFileName().toString().contains("evil"))).isEmpty();
    }
    String index = Files.readString(r.directory().resolve("guide/index.html"));
    assertThat(index)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;营业执照")
        .doesNotContain("<script>alert");
    String page =
        Files.readString(
            r.directory().resolve("guide/items/" + SafeNames.of("../../../evil") + ".html"));
    // the schema.org JSON in the page's script element: no < > & that could end or confuse it
    assertThat(page)
        .doesNotContain("<script>alert")
        .contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026营业执照");
    assertThat(ReleaseVerifier.verify(r.directory(), null).ok()).isTrue();
  }

  @Test
  void progressCoversReadingAndWritingAndEndsComplete() throws Exception {
    List<long[]> updates = java.util.Collections.synchronizedList(new ArrayList<>());
    Release release =
        new Publisher(SVCAT)
            .publish(
                reference(),
                new PublishOptions(
                    temp.resolve("p"),
                    null,
                    null,
                    "zh",
                    null,
                    (done, total) -> updates.add(new long[] {done, total})));
    long filesRead = updates.get(0)[1];
    long written = release.files().size();
    assertThat(updates).anyMatch(u -> u[1] == filesRead && u[0] == filesRead);
    assertThat(updates).anyMatch(u -> u[1] != filesRead && u[0] >= written);
    long[] last = updates.get(updates.size() - 1);
    assertThat(last[0]).as("the bar is told the run is done").isEqualTo(last[1]);

    List<long[]> hashed = java.util.Collections.synchronizedList(new ArrayList<>());
    ReleaseVerifier.Result result =
        ReleaseVerifier.verify(
            release.directory(), null, (done, total) -> hashed.add(new long[] {done, total}));
    assertThat(hashed).hasSize(result.files());
    assertThat(hashed).allMatch(u -> u[1] == result.files());
    assertThat(hashed).anyMatch(u -> u[0] == result.files());
  }
}
