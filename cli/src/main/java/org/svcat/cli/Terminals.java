package org.svcat.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.IntFunction;

/**
 * Whether standard output and standard error each are a terminal, and the character set each takes.
 * Java only tells whether standard input and output both are ({@link System#console()}): a run with
 * {@code 2>errors.txt} would draw its progress bar into the file, and one with {@code >report.txt}
 * none where a person watches. Asked per stream instead:
 *
 * <ul>
 *   <li>on Java 17 and 18, the JVM itself: it sets {@code sun.stdout.encoding} and {@code
 *       sun.stderr.encoding} only for a stream that is a terminal ({@code isatty} on Linux and
 *       macOS, a character device on Windows: the console, or {@code NUL}, where a bar is
 *       harmless);
 *   <li>on later Java, which no longer sets them, the file system: on Linux and macOS {@code
 *       /dev/fd/N} is the stream's file, and a terminal is a character device (as is {@code
 *       /dev/null}, where a bar or colour is harmless); where there is no {@code /dev/fd}
 *       (Windows), {@link System#console()} answers for both streams.
 * </ul>
 *
 * <p>On a terminal, a stream's text takes the character set the JVM found for it (a Windows
 * console's code page, e.g. GBK: Chinese must show there as Chinese); elsewhere UTF-8, as in every
 * file svcat writes.
 *
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal
 * @param stdoutCharset the character set of standard output's text
 * @param stderrCharset the character set of standard error's text
 */
record Terminals(boolean stdout, boolean stderr, Charset stdoutCharset, Charset stderrCharset) {

  /** The streams of this process. */
  static Terminals system() {
    return of(
        Runtime.version().feature(),
        System.getProperties(),
        Terminals::characterDevice,
        System.console() != null);
  }

  /**
   * @param javaFeature the running Java's feature release (17 for Java 17)
   * @param properties the JVM's system properties
   * @param characterDevice whether descriptor N is a character device, or null where that cannot be
   *     told
   * @param console whether {@link System#console()} has a console
   */
  static Terminals of(
      int javaFeature,
      Properties properties,
      IntFunction<Boolean> characterDevice,
      boolean console) {
    boolean stdout = isTerminal("stdout", 1, javaFeature, properties, characterDevice, console);
    boolean stderr = isTerminal("stderr", 2, javaFeature, properties, characterDevice, console);
    return new Terminals(
        stdout,
        stderr,
        charset("stdout", stdout, properties),
        charset("stderr", stderr, properties));
  }

  private static boolean isTerminal(
      String stream,
      int fd,
      int javaFeature,
      Properties properties,
      IntFunction<Boolean> characterDevice,
      boolean console) {
    if (javaFeature < 19) {
      return properties.getProperty("sun." + stream + ".encoding") != null;
    }
    Boolean device = characterDevice.apply(fd);
    return device == null ? console : device;
  }

  /** Whether descriptor {@code fd} is a character device, or null where there is no /dev/fd. */
  private static Boolean characterDevice(int fd) {
    try {
      return isCharacterDevice((Integer) Files.getAttribute(Path.of("/dev/fd/" + fd), "unix:mode"));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code mode}, a file's {@code st_mode}, is that of a character device. */
  static boolean isCharacterDevice(int mode) {
    return (mode & 0170000) == 0020000;
  }

  private static Charset charset(String stream, boolean terminal, Properties properties) {
    String name =
        properties.getProperty(
            "sun." + stream + ".encoding", properties.getProperty(stream + ".encoding"));
    if (terminal && name != null) {
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
