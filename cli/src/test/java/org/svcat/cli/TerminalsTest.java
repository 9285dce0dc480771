package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class TerminalsTest {
  private static final IntFunction<Boolean> NO_DEV_FD = fd -> null;

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
        Terminals.of(17, properties(Map.of("sun.stderr.encoding", "GBK")), NO_DEV_FD, true);
    assertThat(errorsOnConsole.stdout()).isFalse();
    assertThat(errorsOnConsole.stderr()).isTrue();
    assertThat(errorsOnConsole.stdoutCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(errorsOnConsole.stderrCharset()).isEqualTo(Charset.forName("GBK"));

    // 2>errors.txt with standard input and output on the console
    Terminals errorsToFile =
        Terminals.of(17, properties(Map.of("sun.stdout.encoding", "GBK")), NO_DEV_FD, true);
    assertThat(errorsToFile.stdout()).isTrue();
    assertThat(errorsToFile.stderr()).isFalse();
    assertThat(errorsToFile.stdoutCharset()).isEqualTo(Charset.forName("GBK"));
    assertThat(errorsToFile.stderrCharset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void onLaterJavaEachDescriptorThatIsACharacterDeviceIsATerminal() {
    // standard output piped, standard error on a terminal; System.console() says no
    IntFunction<Boolean> devFd = fd -> fd == 2;
    Terminals t = Terminals.of(21, properties(Map.of("stdout.encoding", "UTF-8")), devFd, false);
    assertThat(t.stdout()).isFalse();
    assertThat(t.stderr()).isTrue();
  }

  @Test
  void onLaterJavaWithoutDevFdTheConsoleAnswersForBoth() {
    Properties p = properties(Map.of("stdout.encoding", "GB18030", "stderr.encoding", "GB18030"));
    Terminals console = Terminals.of(21, p, NO_DEV_FD, true);
    assertThat(console.stdout()).isTrue();
    assertThat(console.stderr()).isTrue();
    assertThat(console.stdoutCharset()).isEqualTo(Charset.forName("GB18030"));
    Terminals none = Terminals.of(21, p, NO_DEV_FD, false);
    assertThat(none.stdout()).isFalse();
    assertThat(none.stderr()).isFalse();
    // a file gets UTF-8 whatever the platform's encoding
    assertThat(none.stdoutCharset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void anEncodingTheJvmCannotNameFallsBackToUtf8() {
    Terminals t =
        Terminals.of(17, properties(Map.of("sun.stdout.encoding", "x-no-such")), NO_DEV_FD, true);
    assertThat(t.stdout()).isTrue();
    assertThat(t.stdoutCharset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void terminalsAndDevNullAreCharacterDevicesFilesPipesAndSocketsAreNot() {
    assertThat(Terminals.isCharacterDevice(0020620)).as("a tty").isTrue();
    assertThat(Terminals.isCharacterDevice(0020666)).as("/dev/null").isTrue();
    assertThat(Terminals.isCharacterDevice(0100644)).as("a file").isFalse();
    assertThat(Terminals.isCharacterDevice(0010600)).as("a pipe").isFalse();
    assertThat(Terminals.isCharacterDevice(0140777)).as("a socket").isFalse();
    assertThat(Terminals.isCharacterDevice(0060660)).as("a block device").isFalse();
  }

  @Test
  void thisTestRunsWithItsStreamsPipedToMaven() {
    Terminals system = Terminals.system();
    assertThat(system.stdout()).isFalse();
    assertThat(system.stderr()).isFalse();
  }
}
