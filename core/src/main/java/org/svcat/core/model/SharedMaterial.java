package org.svcat.core.model;

import java.util.List;

/** An entry of the shared material dictionary (materials.yaml), keyed by {@code ref}. */
public record SharedMaterial(
    String ref,
    String name,
    MaterialSource source,
    String issuer,
    boolean shared,
    List<MaterialForm> forms,
    String basis) {
  public SharedMaterial {
    forms = Lists.copy(forms);
  }
}
