package org.svcat.core.model;

import java.util.List;

/** A bundle of items handled together (一件事 / 并联审批). */
public record Bundle(
    String id,
    String name,
    BundleMode mode,
    List<String> items,
    TimeLimit promised,
    String leadAuthority) {
  public Bundle {
    items = Lists.copy(items);
    if (mode == null) {
      mode = BundleMode.PARALLEL;
    }
  }
}
