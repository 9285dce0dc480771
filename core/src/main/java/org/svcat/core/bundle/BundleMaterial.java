package org.svcat.core.bundle;

import java.util.List;
import org.svcat.core.model.Necessity;

/**
 * One material of a bundle's single set (提交一套材料): the same {@code ref}, or the same name, across
 * members is one material for the applicant.
 *
 * @param name the material's name (the dictionary's, for a ref)
 * @param ref the shared-dictionary key, or null
 * @param items the codes of the members that ask for it
 * @param necessity the strongest necessity among them (必要 over 容缺 over 非必要)
 * @param shared true when obtainable by data sharing (免提交)
 */
public record BundleMaterial(
    String name, String ref, List<String> items, Necessity necessity, boolean shared) {
  public BundleMaterial {
    items = List.copyOf(items);
  }
}
