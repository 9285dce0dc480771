package org.svcat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed. {@link System#out} and {@link PrintWriter}
 * keep only a flag, so a report redirected to a full disk ({@code svcat validate --format json >
 * report.json}) would be lost with exit code 0. {@link #exitCode} turns such a failure into a
 * message and exit code 2, except a closed pipe ({@code svcat validate | head}), where the reader
 * has simply stopped reading.
 */
final class StandardOutput extends FilterOutputStream {
  private IOException failure;

  StandardOutput() {
    this(new FileOutputStream(FileDescriptor.out));
  }

  StandardOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * {@code code}, or {@link ExitCode#USAGE} after telling {@code err} why, when a write to standard
   * output failed other than on a closed pipe. Call after the last flush.
   */
  int exitCode(int code, PrintWriter err) {
    if (failure == null || closedPipe(failure)) {
      return code;
    }
    err.println("svcat: cannot write standard output / 无法写入标准输出: " + failure.getMessage());
    err.flush();
    return Math.max(code, ExitCode.USAGE);
  }

  /**
   * EPIPE on Linux and macOS; ERROR_NO_DATA or ERROR_BROKEN_PIPE on Windows, whose text is in the
   * system's language (管道正在被关闭, 管道已结束 on Chinese Windows).
   */
  private static boolean closedPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe")
        || message.contains("pipe is being closed")
        || message.contains("pipe has been ended")
        || message.contains("管道");
  }
}
