package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardOutputTest {
  /** A stream whose every write fails as the system said. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  /** Writes a report through the writer Main makes, then asks for the exit code. */
  private static String[] run(OutputStream target, int code) {
    StandardOutput stdout = new StandardOutput(target);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    out.println("{\"findings\": []}");
    out.flush();
    StringWriter err = new StringWriter();
    int exit = stdout.exitCode(code, new PrintWriter(err));
    return new String[] {Integer.toString(exit), err.toString()};
  }

  @Test
  void aReportThatReachedItsReaderKeepsTheCommandsExitCode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(run(bytes, ExitCode.FINDINGS)).containsExactly("1", "");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"findings\": []}\n");
  }

  @Test
  void aReportLostToAFullDiskIsExitTwoWithTheSystemsReason() {
    assertThat(run(failing("No space left on device"), ExitCode.OK))
        .containsExactly(
            "2",
            "svcat: cannot write standard output / 无法写入标准输出: No space left on device"
                + System.lineSeparator());
    assertThat(run(failing("Input/output error"), ExitCode.FINDINGS)[0]).isEqualTo("2");
    assertThat(run(failing("Input/output error"), ExitCode.INTERNAL)[0]).isEqualTo("3");
  }

  @Test
  void aReaderThatStoppedReadingIsNoError() {
    assertThat(run(failing("Broken pipe"), ExitCode.OK)).containsExactly("0", "");
    assertThat(run(failing("The pipe is being closed"), ExitCode.FINDINGS))
        .containsExactly("1", "");
    assertThat(run(failing("管道正在被关闭。"), ExitCode.OK)).containsExactly("0", "");
  }

  @Test
  void eachWriteStillFailsForItsCaller() {
    StandardOutput stdout = new StandardOutput(failing("No space left on device"));
    assertThatThrownBy(() -> stdout.write(new byte[] {1, 2}, 0, 2))
        .hasMessage("No space left on device");
    assertThatThrownBy(() -> stdout.write('x')).hasMessage("No space left on device");
  }
}
