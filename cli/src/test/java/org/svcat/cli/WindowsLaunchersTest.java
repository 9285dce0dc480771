package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What can be checked of the Windows launchers without Windows (LauncherIT runs the POSIX ones):
 * CRLF line ends (cmd.exe misreads labels in LF files), no byte-order mark (cmd.exe takes it for
 * part of the first command), every {@code goto} and {@code call} has its label, no block after an
 * {@code if}, the same JVM options as bin/svcat for large and small catalogs, and text other than
 * ASCII only after {@code chcp 65001}, where cmd.exe reads the lines that follow as UTF-8 (before
 * it, in the console's code page, the bilingual messages would come out garbled).
 */
class WindowsLaunchersTest {
  private static final Pattern GOTO = Pattern.compile("(?i)\\bgoto\\s+:?(\\w+)|\\bcall\\s+:(\\w+)");

  /**
   * A JVM option in a line that sets the collector's, the JIT compiler's or the metadata options.
   */
  private static final Pattern OPTION = Pattern.compile("-X[^\\s\"]+");

  @ParameterizedTest
  @ValueSource(strings = {"../svcat.cmd", "src/dist/bin/svcat.cmd"})
  void isABatchFileThatCmdReadsAsWritten(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of(file));
    assertThat(bytes).isNotEmpty();
    assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) '@');
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
    List<String> lines = Arrays.asList(text.split("\r\n"));
    for (Matcher go = GOTO.matcher(text); go.find(); ) {
      String label = go.group(1) != null ? go.group(1) : go.group(2);
      assertThat(lines).as("label of %s", go.group()).contains(":" + label);
    }
    int utf8From = lines.indexOf("chcp 65001 >nul");
    for (int i = 0; i < lines.size(); i++) {
      if (utf8From < 0 || i < utf8From) {
        assertThat(lines.get(i)).as("line %d", i + 1).matches("\\p{ASCII}*");
      }
    }
  }

  /**
   * svcat.cmd picks its options as bin/svcat does (LauncherIT runs that one): the same collector
   * and JIT compiler options, for large catalogs and for the rest, and the same metadata threshold,
   * so that the two cannot drift.
   */
  @Test
  void choosesFromTheSameJvmOptionsAsThePosixLauncher() throws IOException {
    assertThat(options(Path.of("src/dist/bin/svcat.cmd")))
        .containsExactlyInAnyOrderElementsOf(options(Path.of("src/dist/bin/svcat")))
        .contains("-XX:-TieredCompilation", "-XX:+UseSerialGC", "-XX:MetaspaceSize=64m");
  }

  private static List<String> options(Path launcher) throws IOException {
    List<String> options = new ArrayList<>();
    for (String line : Files.readAllLines(launcher)) {
      if (line.matches("\\s*(set \"|)(GC|JIT|META)=.*")) {
        OPTION.matcher(line).results().map(MatchResult::group).forEach(options::add);
      }
    }
    return options;
  }

  /**
   * cmd.exe expands the variables of a parenthesised block before it reads the block, so an
   * unquoted parenthesis in a value closes it there: JAVA_HOME under {@code C:\Program Files
   * (x86)}, or a path in an option in SVCAT_OPTS. The launcher branches with {@code goto} instead.
   */
  @Test
  void opensNoBlockAfterAnIf() throws IOException {
    assertThat(Files.readAllLines(Path.of("src/dist/bin/svcat.cmd")))
        .noneMatch(line -> line.matches("(?i)\\s*if\\b.*\\s\\(.*"))
        .anyMatch(line -> line.equals("if not defined SVCAT_OPTS goto meta"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"src/dist/bin/svcat.cmd"})
  void saysInBothLanguagesThatJavaIsMissingAndExitsWithTwo(String file) throws IOException {
    String text = Files.readString(Path.of(file));
    assertThat(text)
        .contains("no java on the PATH", "PATH 中没有 java")
        .contains("has no bin\\java.exe", "下没有 bin\\java.exe")
        .contains("chcp %CODEPAGE% >nul\r\nexit /b 2\r\n");
  }
}
