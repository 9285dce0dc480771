package org.svcat.core.model;

/** The metadata of a catalog (catalog.yaml). */
public record CatalogMeta(
    String id,
    String title,
    String region,
    String version,
    String language,
    String policy,
    String codeScheme) {
  /** Code scheme of GB/T 39554.1: 12-character 基本编码, 31-character 实施编码. */
  public static final String GB39554 = "gb39554";

  /** Local code scheme: codes only need to be unique. */
  public static final String LOCAL = "local";

  public CatalogMeta {
    if (language == null) {
      language = "zh-Hans";
    }
    if (policy == null) {
      policy = "policy.yaml";
    }
    if (codeScheme == null) {
      codeScheme = GB39554;
    }
  }

  /** True when codes must follow GB/T 39554.1. */
  public boolean strictCodes() {
    return GB39554.equals(codeScheme);
  }
}
