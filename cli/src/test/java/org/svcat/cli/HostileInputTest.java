package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/cases.tsv}): every case must produce
 * its finding at its line and its exit code, within a bounded time, without hiding the canary
 * file's finding; fmt, diff and publish must survive it too (no exit 3, no stack trace).
 */
class HostileInputTest {
  private static final Path HOSTILE = CliRunner.root().resolve("cli/src/test/resources/hostile");
  private static final Path BASE =
      CliRunner.root().resolve("core/src/test/resources/fixtures/base");
  private static final Duration BOUND = Duration.ofSeconds(120);

  @TempDir Path temp;

  /** One row of cases.tsv. */
  record Case(
      String name, String source, String path, String kind, String rule, String line, int exit) {
    static Case parse(String row) {
      String[] c = row.split("\t");
      return new Case(c[0], c[1], c[2], c[3], c[4], c[5], Integer.parseInt(c[6]));
    }
  }

  static List<Case> cases() throws IOException {
    return Files.readAllLines(HOSTILE.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(Case::parse)
        .toList();
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    return cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.kind(), () -> check(c)));
  }

  @org.junit.jupiter.api.Test
  void securityDocListsEveryCase() throws IOException {
    String doc =
        Files.readString(CliRunner.root().resolve("docs/security.md"), StandardCharsets.UTF_8);
    assertThat(cases())
        .allSatisfy(c -> assertThat(doc).contains("| `" + c.name() + "` | " + c.kind() + " |"));
    assertThat(doc).contains(cases().size() + " cases");
  }

  private void check(Case c) throws IOException {
    Path catalog = withCanary(temp.resolve(c.name()));
    if (c.source().equals("file")) {
      Files.copy(HOSTILE.resolve("files/" + c.name() + ".yaml"), catalog.resolve(c.path()));
    } else {
      generate(c, catalog);
    }
    long sizeBefore = Files.isRegularFile(catalog.resolve(c.path())) ? size(catalog, c) : 0;

    CliRunner.Run run =
        assertTimeoutPreemptively(
            BOUND, () -> CliRunner.run("validate", catalog.toString(), "--format", "json"));
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.code()).as(run.out()).isEqualTo(c.exit());
    JsonNode findings = new JsonMapper().readTree(run.out()).get("findings");
    List<JsonNode> own = new ArrayList<>();
    boolean canary = false;
    for (JsonNode f : findings) {
      String file = f.get("file").asString();
      canary |=
          file.equals("items/canary.yaml")
              && f.get("rule").asString().equals("deadline-unit-mismatch");
      if (file.equals(c.path())) {
        own.add(f);
      }
    }
    assertThat(canary).as("the canary file is still checked").isTrue();
    if (c.rule().equals("-")) {
      assertThat(own).isEmpty();
    } else {
      assertThat(own)
          .as("findings of " + c.path())
          .anySatisfy(
              f -> {
                assertThat(f.get("rule").asString()).isEqualTo(c.rule());
                assertThat(f.get("line").asInt()).isEqualTo(Integer.parseInt(c.line()));
              });
    }
    if (c.name().equals("files-100k")) {
      assertThat(findings.size()).isEqualTo(100_001);
      return; // fmt, diff and publish over 100k broken files add time, not coverage
    }

    Path canaryOnly = withCanary(temp.resolve(c.name() + "-before"));
    for (String[] args :
        List.of(
            new String[] {"diff", canaryOnly.toString(), catalog.toString()},
            new String[] {"publish", catalog.toString(), "--out", temp.resolve("dist").toString()},
            new String[] {"fmt", catalog.toString()})) {
      CliRunner.Run other = assertTimeoutPreemptively(BOUND, () -> CliRunner.run(args));
      assertThat(other.code()).as(args[0] + ": " + other.err()).isIn(0, 1);
      assertThat(other.err()).doesNotContain("internal error").doesNotContain("\tat ");
    }
    if (c.name().equals("many-comments")) {
      String formatted = Files.readString(catalog.resolve(c.path()));
      assertThat(formatted.lines().skip(2).findFirst())
          .as("fmt formatted the file: its name is back in third place")
          .hasValue("name: 食品经营许可");
      assertThat(formatted.chars().filter(ch -> ch == '#').count())
          .as("fmt keeps every comment")
          .isEqualTo(200_001);
    }
    if (sizeBefore > 0 && Files.isRegularFile(catalog.resolve(c.path()))) {
      assertThat(size(catalog, c))
          .as("fmt keeps the file's size")
          .isLessThan(2 * sizeBefore + 4096);
    }
  }

  /** The base fixture catalog in {@code dir}, with the canary item. */
  private static Path withCanary(Path dir) throws IOException {
    CliRunner.copy(BASE, dir);
    Files.createDirectories(dir.resolve("items"));
    Files.copy(HOSTILE.resolve("canary.yaml"), dir.resolve("items/canary.yaml"));
    return dir;
  }

  private static long size(Path catalog, Case c) throws IOException {
    return Files.size(catalog.resolve(c.path()));
  }

  /** Builds the file system objects of the "generated" cases. */
  private void generate(Case c, Path catalog) throws IOException {
    Path target = catalog.resolve(c.path());
    switch (c.name()) {
      case "scalar-50mb" -> {
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        System.arraycopy("name: ".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 6);
        Files.write(target, big);
      }
      case "symlink-loop" -> Files.createSymbolicLink(target, target.getFileName());
      case "symlink-outside" -> {
        Path outside = Files.writeString(temp.resolve("outside.yaml"), "secret: 1\n");
        Files.createSymbolicLink(target, outside);
      }
      case "symlink-folder" -> {
        Path outside = Files.createDirectories(temp.resolve("outside-items"));
        Files.copy(HOSTILE.resolve("canary.yaml"), outside.resolve("food.yaml"));
        Files.createSymbolicLink(target, outside);
      }
      case "fifo" -> {
        assumeTrue(mkfifo(target), "mkfifo is not available");
      }
      case "unreadable" -> {
        Files.copy(HOSTILE.resolve("files/crlf.yaml"), target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(target), "running as root: every file is readable");
      }
      case "directory-named-yaml" -> {
        Files.createDirectories(target.getParent());
        Files.copy(HOSTILE.resolve("files/unknown-key.yaml"), target);
      }
      case "files-100k" -> {
        Files.createDirectories(target.getParent());
        for (int i = 0; i < 100_000; i++) {
          Files.createFile(target.resolveSibling(String.format("f%06d.yaml", i)));
        }
      }
      case "many-comments" -> {
        // a valid item with its name last, its conditions a list of 100,000 with a comment before
        // each entry and after it
        StringBuilder yaml = new StringBuilder();
        for (String line : Files.readAllLines(HOSTILE.resolve("files/crlf.yaml"))) {
          if (line.startsWith("conditions:")) {
            yaml.append("conditions:  # 条件\n");
            for (int i = 0; i < 100_000; i++) {
              yaml.append("  # 说明 ").append(i).append('\n');
              yaml.append(String.format("  - 条件%06d  # 第 %d 条\n", i, i));
            }
          } else if (!line.startsWith("name:")) {
            yaml.append(line).append('\n');
          }
        }
        Files.writeString(target, yaml.append("name: 食品经营许可\n"));
      }
      default -> throw new IllegalArgumentException("no generator for " + c.name());
    }
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
