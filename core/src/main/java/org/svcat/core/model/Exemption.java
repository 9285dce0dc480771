package org.svcat.core.model;

import java.util.List;

/**
 * A policy exemption: {@code rule} does not apply to the listed items. An entry is a 实施编码, or a
 * 基本编码 prefix ending in {@code *}. The reason is mandatory.
 */
public record Exemption(String rule, List<String> items, String reason) {
  public Exemption {
    items = Lists.copy(items);
  }

  /** True when this exemption covers the item with {@code code} and {@code basicCode}. */
  public boolean covers(String code, String basicCode) {
    for (String entry : items) {
      if (entry.endsWith("*")) {
        String prefix = entry.substring(0, entry.length() - 1);
        if ((basicCode != null && basicCode.startsWith(prefix))
            || (code != null && code.startsWith(prefix))) {
          return true;
        }
      } else if (entry.equals(code) || entry.equals(basicCode)) {
        return true;
      }
    }
    return false;
  }
}
