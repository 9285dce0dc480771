package org.svcat.core.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a parsed YAML file stands: JSON pointer to 1-based line and column, for
 * values and for mapping keys, plus the source text of plain scalars that YAML 1.2 turned into
 * numbers, booleans or null (so a message can say "unquoted").
 *
 * <p>Filled while a file is read, then {@linkplain #freeze() frozen} into sorted arrays of interned
 * pointers: a few bytes per value, since files with findings keep their map for as long as the
 * findings live.
 */
public final class SourceMap {
  private Map<String, Long> valueMap = new HashMap<>();
  private Map<String, Long> keyMap = new HashMap<>();
  private final Map<String, String> unquoted = new HashMap<>();
  private Positions values;
  private Positions keys;

  /** A map without positions: everything stands at line 1, column 1. */
  public static SourceMap empty() {
    return new SourceMap().freeze();
  }

  void putValue(String pointer, int line, int column) {
    valueMap.putIfAbsent(pointer, pack(line, column));
  }

  void putKey(String pointer, int line, int column) {
    keyMap.putIfAbsent(pointer, pack(line, column));
  }

  void putUnquoted(String pointer, String text) {
    unquoted.put(pointer, text);
  }

  /** Ends filling: the positions move into compact arrays. */
  SourceMap freeze() {
    values = Positions.of(valueMap);
    keys = Positions.of(keyMap);
    valueMap = null;
    keyMap = null;
    return this;
  }

  /**
   * The position of the value at {@code pointer}, or of its nearest ancestor that exists (a missing
   * key is reported at its parent object); line 1 column 1 at worst.
   */
  public Position value(String pointer) {
    String p = pointer == null ? "" : pointer;
    while (true) {
      long packed = values.get(p);
      if (packed != Positions.ABSENT) {
        return unpack(packed);
      }
      if (p.isEmpty()) {
        return new Position(1, 1);
      }
      p = parent(p);
    }
  }

  /**
   * The position of the key of the member at {@code pointer} (for problems with the key itself,
   * such as an unknown key), else the position of the value.
   */
  public Position key(String pointer) {
    long packed = keys.get(pointer);
    return packed != Positions.ABSENT ? unpack(packed) : value(pointer);
  }

  /**
   * Where a finding about the member at {@code pointer} should point: its key when the value is a
   * block collection starting on a later line (a mapping's first child is not the mapping), else
   * the value itself (a scalar, a flow collection, a list element).
   */
  public Position locate(String pointer) {
    long key = keys.get(pointer);
    Position value = value(pointer);
    if (key != Positions.ABSENT && unpack(key).line() < value.line()) {
      return unpack(key);
    }
    return value;
  }

  /** The source text of a plain scalar that was not read as a string, if {@code pointer} is one. */
  public Optional<String> unquotedText(String pointer) {
    return Optional.ofNullable(unquoted.get(pointer));
  }

  /**
   * Where each key and each value starts, in a new list in no particular order: what {@code svcat
   * fmt} needs to tell which key or value a comment stands by.
   */
  public List<Start> starts() {
    List<Start> starts = new ArrayList<>();
    keys.addTo(starts, true);
    values.addTo(starts, false);
    return starts;
  }

  /** The parent of a JSON pointer ({@code ""} for a top-level member). */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  private static Position unpack(long packed) {
    return new Position((int) (packed >>> 32), (int) packed);
  }

  /** Pointers (sorted, interned: every item file has the same ones) and their packed positions. */
  private record Positions(String[] pointers, long[] packed) {
    static final long ABSENT = -1;

    static Positions of(Map<String, Long> map) {
      String[] pointers = map.keySet().toArray(new String[0]);
      Arrays.sort(pointers);
      long[] packed = new long[pointers.length];
      for (int i = 0; i < pointers.length; i++) {
        packed[i] = map.get(pointers[i]);
        pointers[i] = pointers[i].intern();
      }
      return new Positions(pointers, packed);
    }

    void addTo(List<Start> starts, boolean key) {
      for (int i = 0; i < pointers.length; i++) {
        Position at = unpack(packed[i]);
        starts.add(new Start(pointers[i], key, at.line(), at.column()));
      }
    }

    long get(String pointer) {
      int i = pointer == null ? -1 : Arrays.binarySearch(pointers, pointer);
      return i >= 0 ? packed[i] : ABSENT;
    }
  }

  /** A 1-based line and column. */
  public record Position(int line, int column) {}

  /**
   * Where the key ({@code key}) or the value at {@code pointer} starts: 1-based line and column.
   */
  public record Start(String pointer, boolean key, int line, int column) {}
}
