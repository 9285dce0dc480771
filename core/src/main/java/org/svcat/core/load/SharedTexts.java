package org.svcat.core.load;

import java.util.function.UnaryOperator;

/**
 * Hands out one instance of texts that repeat (a department, a material's name), so that a large
 * catalog keeps one copy of each instead of one per file. A fixed table indexed by the text's hash,
 * where a text takes the place of the one before it: no locks, no growth, and a lookup touches one
 * slot. Frequent texts stay; a rare text may push out another and cost only a copy. Safe to share
 * between threads without locks: a slot holds either null or a fully built (immutable) string.
 */
final class SharedTexts implements UnaryOperator<String> {
  /** Longer texts rarely repeat word for word. */
  static final int MAX_CHARS = 200;

  private final String[] slots;

  /** A table of {@code 2^bits} slots. */
  SharedTexts(int bits) {
    this.slots = new String[1 << bits];
  }

  @Override
  public String apply(String text) {
    if (text.length() > MAX_CHARS) {
      return text;
    }
    int hash = text.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (slots.length - 1);
    String known = slots[slot];
    if (text.equals(known)) {
      return known;
    }
    slots[slot] = text;
    return text;
  }
}
