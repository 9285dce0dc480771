package org.svcat.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy exemption: {@code rule} does not apply to the listed items. An entry is a 实施编码, or a
 * 基本编码 prefix ending in {@code *}. The reason is mandatory.
 */
public record Exemption(String rule, List<String> items, String reason) {
  public Exemption {
    items = Lists.copy(items);
  }

  /**
   * True when this exemption covers the item with {@code code} and {@code basicCode}. Goes through
   * the entries; to ask about many items, ask {@link #matcher()} once and then it.
   */
  public boolean covers(String code, String basicCode) {
    return matcher().covers(code, basicCode);
  }

  /** This exemption's entries made quick to ask: the codes in a set, the prefixes in a list. */
  public Matcher matcher() {
    Set<String> codes = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    for (String entry : items) {
      if (entry.endsWith("*")) {
        prefixes.add(entry.substring(0, entry.length() - 1));
      } else {
        codes.add(entry);
      }
    }
    return new Matcher(codes, prefixes);
  }

  /**
   * The entries of an exemption: 实施编码 and 基本编码 to match whole, and 基本编码 prefixes (an entry ending
   * in {@code *}) that either code may start with.
   */
  public record Matcher(Set<String> codes, List<String> prefixes) {
    public Matcher {
      codes = Set.copyOf(codes);
      prefixes = List.copyOf(prefixes);
    }

    /** True when the entries cover the item with {@code code} and {@code basicCode}. */
    public boolean covers(String code, String basicCode) {
      if ((code != null && codes.contains(code))
          || (basicCode != null && codes.contains(basicCode))) {
        return true;
      }
      for (String prefix : prefixes) {
        if ((basicCode != null && basicCode.startsWith(prefix))
            || (code != null && code.startsWith(prefix))) {
          return true;
        }
      }
      return false;
    }
  }
}
