package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;
import org.svcat.core.Svcat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line in-process: exit codes 0/1/2/3, help, formats, init. */
class SvcatCliTest {
  @TempDir Path temp;

  @Test
  void versionAndHelp() {
    Run version = CliRunner.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).isEqualTo("svcat " + Svcat.VERSION + "\n");

    Run help = CliRunner.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("validate", "rules", "explain", "init", "Exit codes");

    Run validateHelp = CliRunner.run("validate", "--help");
    assertThat(validateHelp.code()).isZero();
    assertThat(validateHelp.out())
        .contains("--fail-on", "--format", "--output-json", "--lang", "PATH");
  }

  @Test
  void eachSubcommandIsRegisteredUnderItsOwnNameAndHelpStillKnowsThemAll() {
    SvcatCli.SUBCOMMANDS.forEach(
        (name, type) ->
            assertThat(type.getAnnotation(picocli.CommandLine.Command.class).name())
                .as(type.getSimpleName())
                .isEqualTo(name));

    Run helpOnOne = CliRunner.run("help", "diff");
    assertThat(helpOnOne.code()).isZero();
    assertThat(helpOnOne.out()).contains("Usage: svcat diff");

    Run typo = CliRunner.run("validat", "catalog");
    assertThat(typo.code()).isEqualTo(ExitCode.USAGE);
    assertThat(typo.err()).contains("validat");
  }

  @Test
  void aBadFlagIsAUsageErrorWithAOneLineHint() {
    Run run = CliRunner.run("validate", "--bogus", CliRunner.catalog());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).contains("--bogus").contains("Try 'svcat validate --help'");

    assertThat(CliRunner.run("validate", "--format", "xml", CliRunner.catalog()).code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(CliRunner.run("validate", "--fail-on", "fatal", CliRunner.catalog()).code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(CliRunner.run("frobnicate").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anOutputPathThatCannotBeAFolderIsAUsageErrorNotABug() throws Exception {
    Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
    String out = file.resolve("dist").toString();
    Map.of("en", "svcat: cannot use ", "zh", "svcat: 无法使用 ")
        .forEach(
            (lang, start) -> {
              Run run = CliRunner.run("publish", CliRunner.catalog(), "--out", out, "--lang", lang);
              assertThat(run.code()).isEqualTo(ExitCode.USAGE);
              assertThat(run.err().lines()).hasSize(1);
              assertThat(run.err()).startsWith(start + out).doesNotContain("internal error");
            });
  }

  @Test
  void aMissingPathIsAUsageError() {
    Run run = CliRunner.run("validate", temp.resolve("nope").toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no such file or directory").contains("nope");
    Run policy =
        CliRunner.run(
            "validate", "--policy", temp.resolve("nope.yaml").toString(), CliRunner.catalog());
    assertThat(policy.code()).isEqualTo(ExitCode.USAGE);
  }

  /** An unset shell variable ({@code --out "$DIST"}) must not mean the current folder. */
  @Test
  void anEmptyPathIsAUsageErrorNotTheCurrentFolder() throws IOException {
    String catalog = CliRunner.catalog();
    List<List<String>> commands =
        List.of(
            List.of("validate", ""),
            List.of("validate", catalog, "--output-json", ""),
            List.of("publish", catalog, "--out", ""),
            List.of("export", catalog, "--format", "csv", "--output", ""),
            List.of("import", "", "--out", temp.resolve("imported").toString()),
            List.of("diff", "", catalog),
            List.of("init", ""));
    List<String> before;
    try (var here = Files.list(Path.of(""))) {
      before = here.map(Path::toString).sorted().toList();
    }
    for (List<String> args : commands) {
      Run run = CliRunner.run(args);
      assertThat(run.code()).as(args.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).as(args.toString()).contains("路径为空").doesNotContain("Exception");
    }
    try (var here = Files.list(Path.of(""))) {
      assertThat(here.map(Path::toString).sorted().toList()).isEqualTo(before);
    }
  }

  @Test
  void aPathOfTheOtherKindIsNamedForWhatItIsInTheUsersLanguage() throws IOException {
    Path file = Files.writeString(temp.resolve("a-file.yaml"), "id: x\n");
    Path folder = Files.createDirectories(temp.resolve("a-folder"));
    Files.writeString(folder.resolve("keep.txt"), "kept");
    String catalog = CliRunner.catalog();
    String f = file.toString();
    String d = folder.toString();
    Map<String, List<String>> folderNeeded =
        Map.of(
            "validate", List.of("validate", f),
            "stats", List.of("stats", f),
            "diff", List.of("diff", catalog, f),
            "verify", List.of("verify", f),
            "init", List.of("init", f),
            "keygen --out", List.of("keygen", "--out", f),
            "publish --previous", List.of("publish", catalog, "--out", d, "--previous", f));
    Map<String, List<String>> fileNeeded =
        Map.of(
            "validate --policy", List.of("validate", catalog, "--policy", d),
            "validate --output-json", List.of("validate", catalog, "--output-json", d),
            "validate --write-baseline", List.of("validate", catalog, "--write-baseline", d),
            "publish --sign", List.of("publish", catalog, "--out", d, "--sign", d),
            "import", List.of("import", d, "--out", temp.resolve("imported").toString()),
            "export --output", List.of("export", catalog, "--format", "csv", "--output", d));
    for (String lang : List.of("en", "zh")) {
      String aFile = lang.equals("en") ? " is a file; a directory is needed here" : " 是文件，此处需要目录";
      String aFolder = lang.equals("en") ? " is a directory; a file is needed here" : " 是目录，此处需要文件";
      folderNeeded.forEach(
          (what, args) -> assertRefused(what, args, lang, "svcat: " + f + aFile + "\n"));
      fileNeeded.forEach(
          (what, args) -> assertRefused(what, args, lang, "svcat: " + d + aFolder + "\n"));
    }
    assertThat(Files.readString(file)).isEqualTo("id: x\n");
    try (var left = Files.list(folder)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
    }
  }

  /** A file of a catalog where a catalog is needed is told the catalog it belongs to. */
  @Test
  void aFileOfACatalogIsToldItsCatalog() {
    String catalog = CliRunner.catalog();
    String file = Path.of(catalog, "items", "market", "food-business-licence.yaml").toString();
    Path here = Path.of("").toAbsolutePath();
    String shown = here.relativize(Path.of(catalog).toAbsolutePath().normalize()).toString();
    assertRefused(
        "stats FILE",
        List.of("stats", file),
        "en",
        "svcat: "
            + file
            + " is a file; a catalog folder is needed here: "
            + file
            + " belongs to the catalog "
            + shown
            + ", which svcat reads as a whole (its files refer to each other)\n");
    assertRefused(
        "publish FILE",
        List.of("publish", file, "--out", temp.resolve("dist").toString()),
        "zh",
        "svcat: "
            + file
            + " 是文件，此处需要目录所在文件夹："
            + file
            + " 属于目录 "
            + shown
            + "，svcat 会整体读取该目录（其中的文件相互引用）\n");
  }

  /** A pipe (or a device) where a file or a folder is needed is named for what it is. */
  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "named pipes are made by mkfifo")
  @Timeout(60) // a command that opened the pipe would wait for a writer forever
  void aPathThatIsNeitherAFileNorAFolderIsNamedForWhatItIs() throws Exception {
    Path fifo = temp.resolve("a-pipe");
    Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    String catalog = CliRunner.catalog();
    String p = fifo.toString();
    Map<String, List<String>> refused =
        Map.of(
            "validate", List.of("validate", p),
            "validate --baseline", List.of("validate", catalog, "--baseline", p),
            "verify --key", List.of("verify", temp.toString(), "--key", p),
            "import", List.of("import", p, "--out", temp.resolve("imported").toString()));
    for (String lang : List.of("en", "zh")) {
      String what =
          lang.equals("en")
              ? " is neither a regular file nor a directory (a device, pipe or socket)"
              : " 既不是普通文件也不是目录（而是设备、管道或套接字）";
      refused.forEach((cmd, args) -> assertRefused(cmd, args, lang, "svcat: " + p + what + "\n"));
    }
  }

  private static void assertRefused(String what, List<String> args, String lang, String err) {
    Run run = CliRunner.run(args, "--lang", lang);
    assertThat(run.code()).as(what + " " + lang).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).as(what + " " + lang).isEqualTo(err);
  }

  /** svcat --help lists each command in both languages: its description's first two lines. */
  @Test
  void theCommandListIsInBothLanguages() {
    Run help = CliRunner.run("--help");
    assertThat(help.out())
        .containsPattern("(?m)^  help +Display help information about the specified command\\.$")
        .doesNotContain("%n");
    for (String name : SvcatCli.SUBCOMMANDS.keySet()) {
      picocli.CommandLine.Command command =
          SvcatCli.SUBCOMMANDS.get(name).getAnnotation(picocli.CommandLine.Command.class);
      if (command.hidden() || name.equals("help")) {
        continue; // the developers' commands (generate, parse), and picocli's own help
      }
      String[] description = command.description();
      assertThat(description).as(name).hasSizeGreaterThan(1);
      assertThat(description[0]).as(name + " in English").matches("[A-Z].*\\.$");
      assertThat(description[1].codePoints())
          .as(name + " in Chinese")
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      assertThat(help.out())
          .as(name)
          .containsPattern(
              "(?m)^  "
                  + name
                  + " +\\Q"
                  + description[0]
                  + "\\E\\R +\\Q"
                  + description[1]
                  + "\\E$");
    }
  }

  @Test
  void theReferenceCatalogIsClean() {
    Run run = CliRunner.run("validate", CliRunner.catalog());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("0 error(s), 0 warning(s), 0 info in ").contains("31 item(s)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void findingsExitOneAndNameFileLineAndColumn() throws IOException {
    Path catalog = CliRunner.sampleCatalog(temp);
    Run run = CliRunner.run("validate", catalog.toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("items/food.yaml:1:7: error [code-format]")
        .contains("items/food.yaml:16:1: error [yaml-syntax] duplicate key \"visits\"")
        .contains("items/company.yaml:2:12: error [schema] 000125001000 is written without quotes")
        .contains("items/food.yaml:14:13: error [promised-exceeds-legal]");
  }

  @Test
  void chineseMessagesOnRequest() throws IOException {
    Run run = CliRunner.run("validate", "--lang", "zh", CliRunner.sampleCatalog(temp).toString());
    assertThat(run.out()).contains("重复的键“visits”").contains("错误 8 个");
  }

  @Test
  void jsonHasTheContractShape() throws IOException {
    Run run =
        CliRunner.run("validate", "--format", "json", CliRunner.sampleCatalog(temp).toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.path("tool").path("name").stringValue()).isEqualTo("svcat");
    assertThat(json.path("catalog").path("id").stringValue()).isEqualTo("fixture");
    assertThat(json.path("summary").propertyNames())
        .containsExactly("files", "items", "error", "warning", "info", "suppressed");
    assertThat(json.path("summary").path("error").intValue()).isEqualTo(8);
    JsonNode first = json.path("findings").get(0);
    assertThat(first.propertyNames())
        .containsExactly(
            "rule", "severity", "file", "line", "column", "pointer", "item", "message", "hint");
  }

  @Test
  void severalFormatsAtOnceEachToItsTarget() throws IOException {
    Path report = temp.resolve("out/report.json");
    Run run =
        CliRunner.run(
            "validate",
            "--format",
            "text",
            "--output-json",
            report.toString(),
            CliRunner.catalog());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("0 error(s)");
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .contains("\"tool\"")
        .contains("cn-510107-wuhou");
  }

  @Test
  void failOnAndPolicyDecideTheExitCode() throws IOException {
    Path catalog = Files.createDirectories(temp.resolve("c"));
    CliRunner.copy(CliRunner.root().resolve("core/src/test/resources/fixtures/base"), catalog);
    CliRunner.copy(
        CliRunner.root().resolve("core/src/test/resources/rules/immediate-inconsistent/fail"),
        catalog);
    Path warning =
        Files.writeString(temp.resolve("warn.yaml"), "rules:\n  immediate-inconsistent: warning\n");
    Path off =
        Files.writeString(temp.resolve("off.yaml"), "rules:\n  immediate-inconsistent: off\n");

    assertThat(CliRunner.run("validate", catalog.toString()).code()).isEqualTo(1);
    Run demoted = CliRunner.run("validate", "--policy", warning.toString(), catalog.toString());
    assertThat(demoted.code()).isZero();
    assertThat(demoted.out()).contains("warning [immediate-inconsistent]");
    assertThat(
            CliRunner.run(
                    "validate",
                    "--policy",
                    warning.toString(),
                    "--fail-on",
                    "warning",
                    catalog.toString())
                .code())
        .isEqualTo(1);
    Run silenced =
        CliRunner.run(
            "validate", "--policy", off.toString(), "--fail-on", "info", catalog.toString());
    assertThat(silenced.code()).isZero();
    assertThat(silenced.out()).doesNotContain("immediate-inconsistent");
  }

  @Test
  void rulesAndExplain() {
    Run rules = CliRunner.run("rules");
    assertThat(rules.code()).isZero();
    assertThat(rules.out())
        .contains("code-format", "promised-exceeds-legal", "yaml-syntax")
        .contains("error");

    Run explain = CliRunner.run("explain", "code-format");
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).startsWith("# code-format").contains("## Failing example");

    Run unknown = CliRunner.run("explain", "no-such-rule");
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("svcat rules");

    // --lang as on every other command: the page is bilingual, the refusal in the language asked
    assertThat(CliRunner.run("explain", "code-format", "--lang", "zh").out())
        .isEqualTo(explain.out());
    assertThat(CliRunner.run("explain", "no-such-rule", "--lang", "zh").err())
        .isEqualTo("svcat: 未知规则“no-such-rule”；运行 svcat rules 查看全部规则\n");
    Run misspelt = CliRunner.run("explain", "promised-exceed-legal");
    assertThat(misspelt.code()).isEqualTo(ExitCode.USAGE);
    assertThat(misspelt.err())
        .isEqualTo(
            "svcat: unknown rule \"promised-exceed-legal\"; did you mean promised-exceeds-legal?\n");
  }

  @Test
  void initWritesAValidCatalogAndRefusesANonEmptyDirectory() throws IOException {
    Path dir = temp.resolve("new-catalog");
    Run init = CliRunner.run("init", dir.toString(), "--region", "510107");
    assertThat(init.code()).isZero();
    assertThat(Files.readString(dir.resolve("catalog.yaml")))
        .startsWith("# yaml-language-server: $schema=schemas/catalog.schema.json")
        .contains("id: new-catalog")
        .contains("region: \"510107\"");
    assertThat(Files.readString(dir.resolve("items/elderly-preferential-card.yaml")))
        .startsWith("# yaml-language-server: $schema=../schemas/item.schema.json");
    assertThat(dir.resolve("schemas/item.schema.json")).exists();
    assertThat(dir.resolve("calendars/CN-2026.yaml")).exists();

    Run validate = CliRunner.run("validate", dir.toString());
    assertThat(validate.code()).as(validate.out()).isZero();

    Run again = CliRunner.run("init", dir.toString());
    assertThat(again.code()).isEqualTo(ExitCode.USAGE);
    assertThat(again.err()).contains("not empty");
    String x = temp.resolve("x").toString();
    Map.of(
            List.of("init", x, "--region", "51", "--lang", "zh"),
            "svcat: --region 需要 6 位行政区划代码，而不是 51\n",
            List.of("init", x, "--id", "Wuhou", "--lang", "en"),
            "svcat: --id takes lower-case letters, digits and -, starting with a letter or a"
                + " digit, not Wuhou\n",
            List.of("init", x, "--title", " ", "--lang", "zh"),
            "svcat: --title 需要一行非空文字\n")
        .forEach(
            (args, err) -> {
              Run bad = CliRunner.run(args);
              assertThat(bad.code()).as(err).isEqualTo(ExitCode.USAGE);
              assertThat(bad.err()).isEqualTo(err);
            });
    assertThat(Path.of(x)).doesNotExist();
  }

  @Test
  void aFailureToReadOrWriteIsAUsageErrorWithTheSystemsReasonNotABug() {
    IOException full = new IOException("No space left on device");
    Map<Exception, String> shown =
        Map.of(
            full,
            "svcat: 读写文件失败：No space left on device\n",
            new java.io.UncheckedIOException(full),
            "svcat: 读写文件失败：No space left on device\n",
            tools.jackson.core.exc.JacksonIOException.construct(full),
            "svcat: 读写文件失败：No space left on device\n",
            new java.nio.file.FileSystemException("dist/x.json", null, "No space left on device"),
            "svcat: 无法使用 dist/x.json：No space left on device\n");
    shown.forEach(
        (ex, line) -> {
          StringWriter err = new StringWriter();
          Console console =
              new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), false, "en");
          assertThat(SvcatCli.failed(console, "zh", ex)).as(line).isEqualTo(ExitCode.USAGE);
          assertThat(err.toString()).isEqualTo(line);
        });
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aReportWrittenToAFullDiskNamesItsFile() {
    Run run =
        CliRunner.run(
            "validate", CliRunner.catalog(), "--format", "json", "--output-json", "/dev/full");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).isEqualTo("svcat: cannot use /dev/full: No space left on device\n");
  }

  @Test
  void anInternalErrorIsOneLineAndALogNeverAStackTrace() throws IOException {
    StringWriter err = new StringWriter();
    Console console =
        new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), false, "en");
    int code = SvcatCli.internalError(console, new IllegalStateException("boom"));
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("internal error").contains("boom").doesNotContain("\tat ");
    String log = err.toString().substring(err.toString().indexOf("log: ") + 5).trim();
    assertThat(Files.readString(Path.of(log)))
        .contains("java.lang.IllegalStateException: boom")
        .contains("\tat ");
    Files.deleteIfExists(Path.of(log));
  }
}
