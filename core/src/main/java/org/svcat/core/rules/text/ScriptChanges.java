package org.svcat.core.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What ICU's Traditional↔Simplified transliterators can change: a text in which no rule of theirs
 * that changes something can apply converts to itself, so {@link TextMixedScriptRule} has nothing
 * to find in it and need not load ICU (a few hundred milliseconds of start-up) at all. Most rules
 * change one character wherever it stands (發 → 发); the rest change a character only within a word
 * (份子 → 分子), and a text without that word is left alone. The tables are resources derived from
 * ICU's rules; ScriptChangesTest derives them again and fails when an ICU upgrade changes them.
 */
final class ScriptChanges {
  private static final class ToSimplified {
    static final ScriptChanges INSTANCE = load("hant-hans.changes");
  }

  private static final class ToTraditional {
    static final ScriptChanges INSTANCE = load("hans-hant.changes");
  }

  /** What {@code Hant-Hans} (to Simplified) can change. */
  static ScriptChanges toSimplified() {
    return ToSimplified.INSTANCE;
  }

  /** What {@code Hans-Hant} (to Traditional) can change. */
  static ScriptChanges toTraditional() {
    return ToTraditional.INSTANCE;
  }

  /** The characters that a rule changes wherever they stand. */
  private final BitSet anywhere = new BitSet();

  /** The first characters of the words that a rule changes. */
  private final BitSet wordStarts = new BitSet();

  /** The words that a rule changes, by their first character: where a word occurs, it starts. */
  private final Map<Integer, List<String>> words = new HashMap<>();

  /** Whether a rule of the conversion applies somewhere in {@code text}. */
  boolean mayChange(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (anywhere.get(c)) {
        return true;
      }
      if (wordStarts.get(c)) {
        for (String word : words.get(c)) {
          if (text.startsWith(word, i)) {
            return true;
          }
        }
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * The resource {@code name}: in UTF-8, one line for each text that a rule changes, a character or
   * a word.
   */
  static ScriptChanges load(String name) {
    try (InputStream in = ScriptChanges.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      ScriptChanges changes = new ScriptChanges();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.codePointCount(0, line.length()) == 1) {
          changes.anywhere.set(line.codePointAt(0));
        } else if (!line.isEmpty()) {
          int first = line.codePointAt(0);
          changes.wordStarts.set(first);
          changes.words.computeIfAbsent(first, k -> new ArrayList<>()).add(line);
        }
      }
      return changes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
