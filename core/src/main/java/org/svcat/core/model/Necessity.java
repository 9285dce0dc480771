package org.svcat.core.model;

/** 材料必要性: required, optional, or 容缺 (may be supplied after acceptance). */
public enum Necessity implements CodedLabel {
  REQUIRED("必要", "1"),
  OPTIONAL("非必要", "2"),
  DEFERRABLE("容缺", "3");

  private final String label;
  private final String code;

  Necessity(String label, String code) {
    this.label = label;
    this.code = code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constant for a catalog label. */
  public static Necessity of(String label) {
    return CodedLabel.byLabel(Necessity.class, label);
  }
}
