package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class TerminalsTest {
  private static final IntFunction<String> NO_PROC = fd -> null;

  private static Properties properties(Map<String, String> entries) {
    Properties p = new Properties();
    p.putAll(entries);
    return p;
  }

  @Test
  void onJava17TheJvmSaysWhichStreamIsATerminalByGivingItAnEncoding() {
    // a Windows console with standard error on it and standard output sent to a file: the case
    // System.console() cannot tell apart, as it asks about standard input and output only
    Terminals errorsOnConsole =
        Terminals.of(17, properties(Map.of("sun.stderr.encoding", "GBK")), NO_PROC, true);
    assertThat(errorsOnConsole.stdout()).isFalse();
    assertThat(errorsOnConsole.stderr()).isTrue();
    assertThat(errorsOnConsole.stdoutCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(errorsOnConsole.stderrCharset()).isEqualTo(Charset.forName("GBK"));

    // 2>errors.txt with standard input and output on the console
    Terminals errorsToFile =
        Terminals.of(17, properties(Map.of("sun.stdout.encoding", "GBK")), NO_PROC, true);
    assertThat(errorsToFile.stdout()).isTrue();
    assertThat(errorsToFile.stderr()).isFalse();
    assertThat(errorsToFile.stdoutCharset()).isEqualTo(Charset.forName("GBK"));
    assertThat(errorsToFile.stderrCharset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void onLaterJavaLinuxAsksProcWhatEachDescriptorIs() {
    IntFunction<String> proc = fd -> fd == 1 ? "pipe:[123456]" : "/dev/pts/3";
    Terminals t = Terminals.of(21, properties(Map.of("stdout.encoding", "UTF-8")), proc, false);
    assertThat(t.stdout()).isFalse();
    assertThat(t.stderr()).isTrue();
  }

  @Test
  void onLaterJavaWithoutProcTheConsoleAnswersForBoth() {
    Properties p = properties(Map.of("stdout.encoding", "GB18030", "stderr.encoding", "GB18030"));
    Terminals console = Terminals.of(21, p, NO_PROC, true);
    assertThat(console.stdout()).isTrue();
    assertThat(console.stderr()).isTrue();
    assertThat(console.stdoutCharset()).isEqualTo(Charset.forName("GB18030"));
    Terminals none = Terminals.of(21, p, NO_PROC, false);
    assertThat(none.stdout()).isFalse();
    assertThat(none.stderr()).isFalse();
    // a file gets UTF-8 whatever the platform's encoding
    assertThat(none.stdoutCharset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void anEncodingTheJvmCannotNameFallsBackToUtf8() {
    Terminals t =
        Terminals.of(17, properties(Map.of("sun.stdout.encoding", "x-no-such")), NO_PROC, true);
    assertThat(t.stdout()).isTrue();
    assertThat(t.stdoutCharset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void terminalsAreTheTtyDevicesThatProcNames() {
    assertThat(Terminals.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Terminals.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Terminals.isTerminalDevice("/dev/console")).isTrue();
  }

  @Test
  void filesPipesAndSocketsAreNotTerminals() {
    assertThat(Terminals.isTerminalDevice("/home/officer/errors.txt")).isFalse();
    assertThat(Terminals.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(Terminals.isTerminalDevice("socket:[98765]")).isFalse();
    assertThat(Terminals.isTerminalDevice("/dev/null")).isFalse();
  }

  @Test
  void thisTestRunsWithItsStreamsPipedToMaven() {
    Terminals system = Terminals.system();
    assertThat(system.stdout()).isFalse();
    assertThat(system.stderr()).isFalse();
  }
}
