package org.svcat.core.yaml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key and its value that YAML reads as one text because of the colon between them: a full-width
 * colon, as a Chinese input method types it ({@code visits：0}), or a colon without the space after
 * it ({@code visits:0}). The key must look like one of the catalog's (ASCII letters, digits and
 * {@code _}), so that text which merely holds a colon, as Chinese prose or an address ({@code
 * https://}) does, is not taken for one.
 *
 * @param colon the index in the text of the colon that joins them
 * @param fullWidth whether that colon is the full-width {@code ：}
 * @param written the key and value as they should be written ({@code visits: 0})
 */
public record JoinedKey(int colon, boolean fullWidth, String written) {
  private static final Pattern JOINED =
      Pattern.compile("([A-Za-z][A-Za-z0-9_]*)(?:：\\s*|:(?=[^\\s/]))(.*)");

  /** The key and value that {@code text} joins, if it is such a text. */
  public static Optional<JoinedKey> in(String text) {
    Matcher m = JOINED.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String value = m.group(2).strip();
    int colon = text.indexOf(m.group(1)) + m.group(1).length();
    return Optional.of(
        new JoinedKey(
            colon,
            text.charAt(colon) == '：',
            value.isEmpty() ? m.group(1) + ":" : m.group(1) + ": " + value));
  }
}
