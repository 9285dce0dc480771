package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;
import org.svcat.core.load.GitSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code svcat diff} on directories and on git revisions, as CI runs it on a pull request. */
class DiffCliTest {
  @TempDir Path temp;

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=svcat",
                "-c",
                "user.email=svcat@example.org",
                "-c",
                "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  @Test
  void twoDirectories() throws IOException {
    Path copy = temp.resolve("new");
    CliRunner.copy(CliRunner.root().resolve("catalog"), copy);
    Run same = CliRunner.run("diff", CliRunner.catalog(), copy.toString());
    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("0 ERR, 0 WARN, 0 INFO");

    Path food = copy.resolve("items/market/food-business-licence.yaml");
    Files.writeString(food, Files.readString(food).replace("visits: 1\n", "visits: 2\n"));
    Run changed = CliRunner.run("diff", CliRunner.catalog(), copy.toString(), "--format", "json");
    assertThat(changed.code()).isEqualTo(ExitCode.FINDINGS);
    JsonNode json = JsonMapper.builder().build().readTree(changed.out());
    assertThat(json.path("summary").path("ERR").intValue()).isEqualTo(2);
    assertThat(json.path("changes").get(0).propertyNames())
        .contains("id", "level", "kind", "item", "pointer", "old", "new", "message");
    assertThat(
            CliRunner.run("diff", CliRunner.catalog(), copy.toString(), "--fail-on", "ERR").code())
        .isEqualTo(1);
    Path relaxed =
        Files.writeString(copy.resolve("policy.yaml"), "changes:\n  visits-increased: WARN\n");
    assertThat(relaxed).exists();
    assertThat(CliRunner.run("diff", CliRunner.catalog(), copy.toString()).code()).isZero();
    assertThat(
            CliRunner.run("diff", CliRunner.catalog(), copy.toString(), "--fail-on", "WARN").code())
        .isEqualTo(1);
  }

  @Test
  void gitRevisionsWithoutTouchingTheWorkingTree() throws Exception {
    Path repo = temp.resolve("repo");
    CliRunner.copy(CliRunner.root().resolve("catalog"), repo.resolve("catalog"));
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "catalog 1.0.0");
    Path food = repo.resolve("catalog/items/market/food-business-licence.yaml");
    Files.writeString(
        food,
        Files.readString(food)
            .replace("  promised: {value: 3, unit: 工作日}", "  promised: {value: 2, unit: 工作日}"));
    git(repo, "commit", "-q", "-am", "shorter promise");
    Files.writeString(food, Files.readString(food).replace("visits: 1\n", "visits: 3\n"));
    String before = Files.readString(food);

    // HEAD~1 against HEAD, resolved by git from the repository
    Path out = temp.resolve("diff.json");
    Run committed =
        CliRunner.run(
            "diff",
            "--repo",
            repo.toString(),
            "HEAD~1:catalog",
            "HEAD:catalog",
            "--format",
            "json",
            "--output",
            out.toString());
    assertThat(committed.code()).as(committed.err()).isZero();
    assertThat(Files.readString(out))
        .contains("promised-deadline-decreased")
        .doesNotContain("visits-increased");

    // HEAD against the working tree
    Run working =
        CliRunner.run(
            "diff",
            "--repo",
            repo.toString(),
            "HEAD:catalog",
            repo.resolve("catalog").toString(),
            "--format",
            "github");
    assertThat(working.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(working.out())
        .contains("catalog/items/market/food-business-licence.yaml,line=")
        .contains("visits-increased");
    assertThat(Files.readString(food)).isEqualTo(before);

    Run bad =
        CliRunner.run(
            "diff",
            "--repo",
            repo.toString(),
            "no-such-branch:catalog",
            repo.resolve("catalog").toString());
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("there is no revision no-such-branch in this repository");
    assertThat(GitSource.isRevision("C:\\catalog")).isFalse();

    // in the user's language
    Run zh =
        CliRunner.run(
            "diff",
            "--repo",
            repo.toString(),
            "no-such-branch:catalog",
            repo.resolve("catalog").toString(),
            "--lang",
            "zh");
    assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
    assertThat(zh.err())
        .isEqualTo(
            "svcat: 本仓库中没有版本 no-such-branch（CI 只检出一个提交时没有其他版本：请先获取，如 git fetch"
                + " origin main，或检出完整历史）\n");

    // a pull request that adds the catalog, or a misspelt path: the revision has no such path
    Run noPath =
        CliRunner.run(
            "diff",
            "--repo",
            repo.toString(),
            "HEAD~1:catalgo",
            repo.resolve("catalog").toString(),
            "--lang",
            "en");
    assertThat(noPath.code()).isEqualTo(ExitCode.USAGE);
    assertThat(noPath.err())
        .isEqualTo(
            "svcat: there is no catalgo at revision HEAD~1 (a catalog added since, or a misspelt"
                + " path)\n");

    // a revision without its path, as git diff takes it: was "no such file or directory: HEAD~1"
    Run noColon =
        CliRunner.run(
            "diff", "--repo", repo.toString(), "HEAD~1", repo.resolve("catalog").toString());
    assertThat(noColon.code()).isEqualTo(ExitCode.USAGE);
    assertThat(noColon.err())
        .isEqualTo(
            "svcat: HEAD~1 is not a folder but a git revision: name the catalog folder at it as"
                + " REV:PATH, e.g. HEAD~1:catalog from the root of the repository, or HEAD~1:."
                + " inside the catalog folder\n");
    Run noSuchFolder =
        CliRunner.run(
            "diff",
            "--repo",
            repo.toString(),
            "no-such-folder",
            repo.resolve("catalog").toString());
    assertThat(noSuchFolder.err()).contains("no such file or directory: no-such-folder");
  }

  /**
   * A catalog at the root of its repository is {@code REV:.}, as a folder is {@code .} (git itself
   * takes {@code HEAD:.} for no path at all); and a revision is read whole from a subfolder of the
   * repository too ({@code git ls-tree} lists only the subfolder's part of a tree unless told
   * otherwise: every item looked new, exit 0).
   */
  @Test
  void aCatalogAtTheRootOfItsRepositoryIsNamedWithADotFromAnyFolder() throws Exception {
    Path repo = temp.resolve("repo");
    CliRunner.copy(CliRunner.root().resolve("catalog"), repo);
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "catalog 1.0.0");
    Path food = repo.resolve("items/market/food-business-licence.yaml");
    Files.writeString(food, Files.readString(food).replace("visits: 1\n", "visits: 2\n"));
    git(repo, "commit", "-q", "-am", "a second visit");

    Path items = repo.resolve("items");
    for (String[] run :
        List.of(
            new String[] {repo.toString(), "HEAD~1:.", "HEAD:."},
            new String[] {repo.toString(), "HEAD~1:./", "HEAD:"},
            new String[] {items.toString(), "HEAD~1:..", repo.toString()},
            new String[] {items.toString(), "HEAD~1:", "HEAD:../"})) {
      Run diff = CliRunner.run("diff", "--repo", run[0], run[1], run[2]);
      assertThat(diff.code()).as("%s %s", run[1], diff.err()).isEqualTo(ExitCode.FINDINGS);
      assertThat(diff.out()).contains("visits-increased").doesNotContain("item-added");
      assertThat(diff.err()).isEmpty();
    }
  }

  @Test
  void outsideARepositoryTheHintSaysWhereToRunOrWhatToName() throws Exception {
    Path notARepository = Files.createDirectories(temp.resolve("plain"));
    Assumptions.assumeFalse(
        new ProcessBuilder("git", "-C", notARepository.toString(), "rev-parse").start().waitFor()
            == 0,
        "the temporary folder lies inside a git repository");
    Run run =
        CliRunner.run(
            "diff",
            "--repo",
            notARepository.toString(),
            "HEAD:catalog",
            CliRunner.catalog(),
            "--lang",
            "zh");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains(" 失败：fatal: not a git repository")
        .endsWith("\n建议：在 git 仓库中运行 svcat，或用 --repo DIR 指定仓库\n");
  }
}
