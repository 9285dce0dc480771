package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Unix launcher {@code bin/svcat} of the packaged distribution (run by failsafe after {@code
 * package}): the JVM options it picks by catalog size, the class-data archive it makes, that an
 * archive that no longer fits a moved distribution is ignored without a word, and where a run on a
 * terminal draws its progress bar.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
  private static final Path DIST = CliRunner.root().resolve("cli/target/svcat");

  @TempDir Path temp;

  /** A catalog of 20,000 (empty) item files, where the launcher's options for large ones start. */
  @TempDir static Path large;

  /** Where the archived copy below is made (the launcher's output files go there). */
  @TempDir static Path shared;

  /** A copy of the distribution with a class-data archive made by {@code --cds-archive}. */
  private static Path archived;

  @BeforeAll
  static void makeLargeCatalog() throws IOException {
    Files.createDirectories(large.resolve("items"));
    Files.writeString(large.resolve("catalog.yaml"), "id: large\n");
    for (int i = 0; i < 20_000; i++) {
      Files.createFile(large.resolve("items/" + i + ".yaml"));
    }
  }

  @BeforeAll
  static void makeArchivedDistribution() throws Exception {
    archived = shared.resolve("archived");
    PathUtils.copyDirectory(DIST, archived);
    Files.deleteIfExists(archived.resolve("lib/svcat.jsa"));
    Run made = launch(shared, archived, "", "--cds-archive", CliRunner.catalog());
    assertThat(made.code()).isZero();
    assertThat(made.err()).isEmpty();
  }

  @Test
  void aSmallCatalogRunsOnTheSerialCollectorAndOneThreadOfTheQuickCompiler() throws Exception {
    Run run = launch(DIST, "-XX:+PrintCommandLineFlags", "validate", CliRunner.catalog());
    assertThat(run.out())
        .contains(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1",
            "-XX:MetaspaceSize=67108864");
    assertThat(run.out()).doesNotContain("-XX:-TieredCompilation");
  }

  @Test
  void theClassDataArchiveHoldsPicocliAndLeavesNoWorkFilesBehind() throws Exception {
    try (var files = Files.list(archived.resolve("lib"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("svcat.jsa")))
          .containsExactly("svcat.jsa");
    }
    Run run = launch(archived, "-Xlog:class+load", "validate", CliRunner.catalog());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("picocli.CommandLine source: shared objects file")
        .contains("org.svcat.core.Svcat source: shared objects file");
  }

  @Test
  void aCatalogOf20000FilesRunsOnTheParallelCollectorWithAGigabyteToStartWith() throws Exception {
    Run run = launch(DIST, "-XX:+PrintCommandLineFlags", "--version", large.toString());
    assertThat(run.out())
        .contains(
            "-XX:+UseParallelGC",
            "-XX:MaxNewSize=268435456",
            "-XX:MaxTenuringThreshold=0",
            "-XX:InitialHeapSize=1073741824",
            "-XX:-TieredCompilation",
            "-XX:CompileCommand=exclude,jdk.internal.org.objectweb.asm.*::*",
            "-XX:MetaspaceSize=67108864");
  }

  /** A file or folder of a large catalog (svcat validate catalog/items): the catalog it is in. */
  @Test
  void aPartOfALargeCatalogRunsWithTheCatalogsOptions() throws Exception {
    List<Path> parts =
        new java.util.ArrayList<>(List.of(large.resolve("items"), large.resolve("items/7.yaml")));
    try {
      parts.add(Files.createSymbolicLink(temp.resolve("items-link"), large.resolve("items")));
    } catch (UnsupportedOperationException | IOException e) {
      // no symbolic links here: the folder and the file are checked all the same
    }
    for (Path part : parts) {
      Run run = launch(temp, DIST, "-XX:+PrintCommandLineFlags", "--version", part.toString());
      assertThat(run.out())
          .as(part.toString())
          .contains("-XX:+UseParallelGC", "-XX:-TieredCompilation");
    }
    Run loose = launch(temp, DIST, "-XX:+PrintCommandLineFlags", "--version", temp.toString());
    assertThat(loose.out()).contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
  }

  /** Run in a folder of a large catalog without naming it: the catalog svcat finds above. */
  @Test
  void aLargeCatalogFoundAboveTheCurrentFolderRunsWithItsOptions() throws Exception {
    Run run = launch(large.resolve("items"), DIST, "-XX:+PrintCommandLineFlags", "--version");
    assertThat(run.out()).contains("-XX:+UseParallelGC", "-XX:-TieredCompilation");
    Run small = launch(temp, DIST, "-XX:+PrintCommandLineFlags", "--version");
    assertThat(small.out()).contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
  }

  /** svcat verify hashes every file of a release: 100k items' took 17.4 s on C1, 10.6 s on C2. */
  @Test
  void aReleaseOf20000FilesRunsWithTheOptionsOfALargeCatalog() throws Exception {
    Path release = Files.createDirectories(temp.resolve("release/items"));
    Files.writeString(release.resolveSibling("manifest.json"), "{}");
    Run small =
        launch(DIST, "-XX:+PrintCommandLineFlags", "--version", release.getParent().toString());
    assertThat(small.out()).contains("-XX:TieredStopAtLevel=1");
    for (int i = 1; i < 20_000; i++) {
      Files.createFile(release.resolve(i + ".json"));
    }
    Run run =
        launch(DIST, "-XX:+PrintCommandLineFlags", "--version", release.getParent().toString());
    assertThat(run.out()).contains("-XX:+UseParallelGC", "-XX:-TieredCompilation");
  }

  /** svcat import of a 100k workbook (28 MB): 84.9 s with the small options, 46.2 s with C2. */
  @Test
  void aWorkbookOf5MegabytesRunsWithTheOptionsOfALargeCatalog() throws Exception {
    Path workbook = temp.resolve("实施清单.xlsx");
    try (var file = new java.io.RandomAccessFile(workbook.toFile(), "rw")) {
      file.setLength(1_000_000);
      Run small = launch(DIST, "-XX:+PrintCommandLineFlags", "--version", workbook.toString());
      assertThat(small.out()).contains("-XX:TieredStopAtLevel=1");
      file.setLength(5_200_000);
    }
    Run run = launch(DIST, "-XX:+PrintCommandLineFlags", "--version", workbook.toString());
    assertThat(run.out()).contains("-XX:+UseParallelGC", "-XX:-TieredCompilation");
  }

  @Test
  void theCompilerCommandsOfALargeCatalogPrintNothing() throws Exception {
    Run run = launch(DIST, "", "--version", large.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("svcat ").doesNotContain("CompileCommand");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aCollectorNamedInSvcatOptsWinsAndKeepsTheMetadataThreshold() throws Exception {
    Run run = launch(DIST, "-XX:+UseG1GC -XX:+PrintCommandLineFlags", "--version");
    assertThat(run.out())
        .contains("-XX:+UseG1GC", "-XX:MetaspaceSize=67108864")
        .doesNotContain("-XX:+UseSerialGC");
  }

  @Test
  void aMovedDistributionIgnoresItsClassDataArchiveQuietly() throws Exception {
    Path moved = temp.resolve("moved");
    PathUtils.copyDirectory(archived, moved);
    assertThat(moved.resolve("lib/svcat.jsa")).isNotEmptyFile();
    Run run = launch(moved, "", "--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("svcat ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aDistributionInAFolderWithASpaceInItsNameRunsWithItsArchive() throws Exception {
    Path spaced = Files.createDirectories(temp.resolve("Program Files")).resolve("svcat");
    PathUtils.copyDirectory(archived, spaced);
    Run run = launch(spaced, "", "validate", CliRunner.catalog());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 error(s)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aSymbolicLinkToTheLauncherRunsTheDistribution() throws Exception {
    Path bin = Files.createDirectories(temp.resolve("usr/local/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("svcat"), DIST.resolve("bin/svcat"));
    Path chained = Files.createSymbolicLink(temp.resolve("sv"), Path.of("usr/local/bin/svcat"));
    for (Path launcher : List.of(link, chained)) {
      Run run = run(temp, launcher, Map.of(), "--version");
      assertThat(run.out()).as(launcher + ": " + run.err()).startsWith("svcat ");
    }
  }

  @Test
  void aJavaHomeWithoutJavaIsAUsageErrorThatSaysWhatToDo() throws Exception {
    Path noJdk = Files.createDirectories(temp.resolve("no-jdk"));
    Run run = run(temp, DIST.resolve("bin/svcat"), Map.of("JAVA_HOME", noJdk + ""), "--version");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("svcat: JAVA_HOME \"" + noJdk + "\" has no bin/java")
        .contains("Java 17", "请设为 Java 17 或更高版本");
  }

  /**
   * Folder and file names outside ASCII are read whatever locale the variables name, and the
   * language is still the one they name. The JVM takes the character set of names from the locale,
   * and fell back to ASCII with no locale named or one not installed (LANG=zh_CN.UTF-8 in many
   * containers): every such name, given or found in the catalog, could not be read. The names are
   * made by the shell from their UTF-8 bytes, so that they never pass through this JVM, whose own
   * locale may not allow them either.
   */
  @Test
  void namesOutsideAsciiAreReadWhateverLocaleTheVariablesName() throws Exception {
    assumeTrue(
        shell(temp, Map.of(), "LC_ALL=C.UTF-8 locale charmap || LC_ALL=en_US.UTF-8 locale charmap")
            .out()
            .contains("UTF-8"),
        "no UTF-8 locale on this machine");
    CliRunner.copy(CliRunner.root().resolve("catalog"), temp.resolve("catalog"));
    String wuhou = "$(printf '\\346\\255\\246\\344\\276\\257')"; // 武侯
    String marriage = "$(printf '\\345\\251\\232\\345\\247\\273')"; // 婚姻
    Run made =
        shell(
            temp,
            Map.of(),
            "mv catalog/items/civil/marriage-registration.yaml \"catalog/items/civil/"
                + marriage
                + ".yaml\" && printf 'foo: 1\\n' >> \"catalog/items/civil/"
                + marriage
                + ".yaml\" && mv catalog \""
                + wuhou
                + "\"");
    assertThat(made.code()).as(made.err()).isZero();
    String validate = "sh '" + DIST.resolve("bin/svcat") + "' validate \"" + wuhou + "\"";
    Map<Map<String, String>, String> expected =
        Map.of(
            Map.of(),
            "error [schema] unknown key \"foo\"",
            Map.of("LANG", "zh_CN.UTF-8"),
            "error [schema] 未知字段“foo”",
            Map.of("LC_ALL", "zh_CN.UTF-8"),
            "error [schema] 未知字段“foo”",
            Map.of("LANG", "zh_CN.UTF-8", "LC_MESSAGES", "en_US.UTF-8"),
            "error [schema] unknown key \"foo\"");
    for (Map.Entry<Map<String, String>, String> e : expected.entrySet()) {
      Run run = shell(temp, e.getKey(), validate);
      assertThat(run.code()).as("%s: %s", e.getKey(), run.err()).isEqualTo(ExitCode.FINDINGS);
      assertThat(run.out())
          .as("%s", e.getKey())
          .startsWith("items/civil/婚姻.yaml:61:1: " + e.getValue());
    }
  }

  /**
   * Runs {@code script} with sh in {@code work}, with no locale variables but {@code locale}; its
   * output read as UTF-8.
   */
  private static Run shell(Path work, Map<String, String> locale, String script)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).directory(work.toFile());
    builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
    builder.environment().putAll(locale);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("shell ended").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** 10,000 items: a validate of 2-3 s here, long enough for the bar, which starts at 1 s. */
  @TempDir static Path tenThousand;

  /**
   * Standard input and output on a terminal, standard error to a file: the bar went into the file
   * when svcat asked System.console(), which answers for standard input and output. On Java 17 the
   * JVM's own encoding properties answer, as on macOS and Windows.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void aRunOnATerminalWhoseErrorsGoToAFileKeepsItsProgressBarOutOfTheFile() throws Exception {
    Path errors = temp.resolve("errors.txt");
    String terminal = onTerminal(null, "2>'" + errors + "'");
    assertThat(errors).isEmptyFile();
    assertThat(terminal).doesNotContain("files");
  }

  /** Standard output to a file, standard error on the terminal: the bar is drawn there. */
  @Test
  @EnabledOnOs(OS.LINUX)
  void aRunWhoseReportGoesToAFileDrawsItsProgressBarOnTheTerminal() throws Exception {
    Path report = temp.resolve("report.txt");
    String terminal = onTerminal(null, ">'" + report + "'");
    assertThat(terminal).contains("% ", "files");
    assertThat(Files.readString(report)).doesNotContain("files");
  }

  /**
   * Java 19 and later no longer set the encoding properties that tell a terminal: svcat asks what
   * kind of file /dev/fd/N is instead, as on macOS. Runs where the machine has a later JDK beside
   * the project's.
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void onALaterJavaTheFileBehindEachStreamSaysWhetherItIsTheTerminal() throws Exception {
    Path later = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    assumeTrue(Files.isExecutable(later.resolve("bin/java")), "a JDK 25 at " + later);
    Path errors = temp.resolve("errors.txt");
    assertThat(onTerminal(later, "2>'" + errors + "'")).doesNotContain("files");
    assertThat(errors).isEmptyFile();
    Path report = temp.resolve("report.txt");
    assertThat(onTerminal(later, ">'" + report + "'")).contains("% ", "files");
    assertThat(Files.readString(report)).doesNotContain("files");
  }

  /**
   * Validates {@link #tenThousand} on a terminal that script(1) (util-linux's) makes, with {@code
   * redirect} applied to the launcher and JAVA_HOME={@code javaHome} when not null; returns what
   * the terminal showed.
   */
  private String onTerminal(Path javaHome, String redirect) throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "script(1) gives a run a terminal");
    Path catalog = tenThousand.resolve("catalog");
    if (!Files.exists(catalog)) {
      Run generated =
          launch(
              DIST,
              "",
              "generate",
              "--from",
              CliRunner.catalog(),
              "--items",
              "10000",
              catalog + "");
      assertThat(generated.code()).as(generated.err()).isZero();
    }
    String command =
        "sh '" + DIST.resolve("bin/svcat") + "' validate '" + catalog + "' " + redirect;
    Path terminal = temp.resolve("terminal.txt");
    ProcessBuilder builder =
        new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
            .directory(temp.toFile())
            .redirectInput(new File("/dev/null"))
            .redirectOutput(terminal.toFile())
            .redirectErrorStream(true);
    builder.environment().remove("CI");
    builder.environment().put("TERM", "xterm");
    if (javaHome != null) {
      builder.environment().put("JAVA_HOME", javaHome.toString());
    }
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("script ended").isTrue();
    String shown = Files.readString(terminal, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(shown).isZero();
    return shown;
  }

  private record Run(int code, String out, String err) {}

  /** Runs {@code dist}'s bin/svcat with {@code args} and SVCAT_OPTS={@code opts}. */
  private Run launch(Path dist, String opts, String... args)
      throws IOException, InterruptedException {
    return launch(temp, dist, opts, args);
  }

  @Test
  void aReportRedirectedToAFullDeviceIsExitTwoNotALostReportWithExitZero() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full");
    Process process =
        new ProcessBuilder(
                "sh",
                DIST.resolve("bin/svcat").toString(),
                "validate",
                CliRunner.catalog(),
                "--format",
                "json")
            .redirectOutput(full.toFile())
            .redirectError(temp.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(temp.resolve("err.txt")))
        .isEqualTo("svcat: cannot write standard output / 无法写入标准输出: No space left on device\n");
  }

  @Test
  void aReaderThatStopsReadingEndsTheRunQuietly() throws Exception {
    Process process =
        new ProcessBuilder("sh", DIST.resolve("bin/svcat").toString(), "rules", "--lang", "en")
            .redirectError(temp.resolve("err.txt").toFile())
            .start();
    process.getInputStream().close(); // as `svcat rules | head -0` does
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(temp.resolve("err.txt"))).isEmpty();
  }

  /**
   * Runs {@code dist}'s bin/svcat in {@code work} with {@code args} and SVCAT_OPTS={@code opts}.
   */
  private static Run launch(Path work, Path dist, String opts, String... args)
      throws IOException, InterruptedException {
    return run(work, dist.resolve("bin/svcat"), Map.of("SVCAT_OPTS", opts), args);
  }

  /** Runs the script {@code launcher} in {@code work} with {@code args} and {@code env} set. */
  private static Run run(Path work, Path launcher, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().putAll(env);
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher ended").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
