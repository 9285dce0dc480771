package org.svcat.core.model;

import java.util.List;

/** One application material (申请材料) of an item. */
public record Material(
    String id,
    String name,
    Necessity necessity,
    String condition,
    List<MaterialForm> forms,
    int originals,
    int copies,
    MaterialSource source,
    String issuer,
    boolean shared,
    String ref,
    String template,
    String basis) {
  public Material {
    forms = Lists.copy(forms);
  }
}
