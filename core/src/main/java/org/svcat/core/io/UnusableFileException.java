package org.svcat.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.svcat.core.finding.Messages;

/**
 * A file given to svcat that is not what it should be: a workbook that is none, a baseline, key or
 * import mapping that is not one. {@link #getMessage()} is in English; {@link #describe} says the
 * same in the user's language, as {@code file[:line:column]: what it should have been[: detail]}.
 * The detail is either the reader's own words (a parser's message), as they came, or a message of
 * svcat's (a YAML problem), said in the user's language too.
 */
public final class UnusableFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String where;
  private final String detail;
  private final String detailKey;
  private final transient List<Object> detailArgs;

  /**
   * @param key the message key (in {@link Messages}' bundle, without arguments) saying what the
   *     file should have been
   * @param line the 1-based line of the problem, or 0 when it is the whole file's
   * @param detail what the reader said, or null
   */
  public UnusableFileException(
      String key, Path file, int line, int column, String detail, Throwable cause) {
    this(key, where(file, line, column), detail, null, List.of(), cause);
  }

  private UnusableFileException(
      String key,
      String where,
      String detail,
      String detailKey,
      List<Object> detailArgs,
      Throwable cause) {
    super(describe(Messages.forLanguage("en"), key, where, detail, detailKey, detailArgs), cause);
    this.key = key;
    this.where = where;
    this.detail = detail;
    this.detailKey = detailKey;
    this.detailArgs = List.copyOf(detailArgs);
  }

  /** As the constructor, with the detail a message of svcat's: {@code detailKey} and its args. */
  public static UnusableFileException withMessage(
      String key, Path file, int line, int column, String detailKey, List<Object> detailArgs) {
    return new UnusableFileException(
        key, where(file, line, column), null, detailKey, detailArgs, null);
  }

  /** The message in the language of {@code messages}. */
  public String describe(Messages messages) {
    return describe(messages, key, where, detail, detailKey, detailArgs);
  }

  private static String where(Path file, int line, int column) {
    return line > 0 ? file + ":" + line + ":" + column : file.toString();
  }

  private static String describe(
      Messages messages,
      String key,
      String where,
      String detail,
      String detailKey,
      List<Object> detailArgs) {
    String what = messages.format(key);
    String why = detailKey != null ? messages.format(detailKey, detailArgs.toArray()) : detail;
    return where + ": " + (why == null ? what : messages.format("error.detail", what, why));
  }
}
