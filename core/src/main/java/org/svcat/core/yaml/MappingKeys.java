package org.svcat.core.yaml;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out the JVM's interned instance of each mapping key, so that the libraries that look keys
 * up find them by identity. The schema validator reads the schemas with interned property names
 * ({@link org.svcat.core.schema.SchemaValidator}) and Jackson matches record components by their
 * interned names: with the tree's keys the same instances, their {@link String#equals} returns at
 * the identity check instead of comparing texts (a third of schema validation's time went to
 * comparing {@code materials} with {@code materials}, ten times per key and file).
 *
 * <p>A catalog has a few dozen distinct keys. The table is bounded all the same, so that a hostile
 * file with a million distinct keys cannot fill the JVM's string table: past its size, or for a key
 * longer than {@link #MAX_CHARS}, a key is used as it was read.
 */
final class MappingKeys {
  static final int MAX_CHARS = 64;

  /** The table of every reader in the process. */
  static final MappingKeys SHARED = new MappingKeys(4096);

  private final ConcurrentHashMap<String, String> known = new ConcurrentHashMap<>();
  private final int maxKeys;

  MappingKeys(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /** The interned instance of {@code key} while the table has room, else {@code key} itself. */
  String canonical(String key) {
    String interned = known.get(key);
    if (interned != null) {
      return interned;
    }
    if (key.length() > MAX_CHARS || known.size() >= maxKeys) {
      return key;
    }
    interned = key.intern();
    known.putIfAbsent(interned, interned);
    return interned;
  }
}
