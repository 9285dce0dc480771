package org.svcat.core.io;

import java.io.IOException;
import java.nio.file.Path;
import org.svcat.core.finding.Messages;

/**
 * A file given to svcat that is not what it should be: a workbook that is none, a baseline that is
 * not one. {@link #getMessage()} is in English; {@link #describe} says the same in the user's
 * language, as {@code file[:line:column]: what it should have been[: detail]}. The detail, when
 * there is one, is the reader's own (a parser's message), as it came.
 */
public final class UnusableFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String where;
  private final String detail;

  /**
   * @param key the message key (in {@link Messages}' bundle, without arguments) saying what the
   *     file should have been
   * @param line the 1-based line of the problem, or 0 when it is the whole file's
   * @param detail what the reader said, or null
   */
  public UnusableFileException(
      String key, Path file, int line, int column, String detail, Throwable cause) {
    this(key, line > 0 ? file + ":" + line + ":" + column : file.toString(), detail, cause);
  }

  private UnusableFileException(String key, String where, String detail, Throwable cause) {
    super(describe(Messages.forLanguage("en"), key, where, detail), cause);
    this.key = key;
    this.where = where;
    this.detail = detail;
  }

  /** The message in the language of {@code messages}. */
  public String describe(Messages messages) {
    return describe(messages, key, where, detail);
  }

  private static String describe(Messages messages, String key, String where, String detail) {
    String what = messages.format(key);
    return where + ": " + (detail == null ? what : messages.format("error.detail", what, detail));
  }
}
