package org.svcat.core.model;

/** 办件类型 (GB/T 39046 A.6). */
public enum Handling implements CodedLabel {
  IMMEDIATE("即办件", "1"),
  PROMISED("承诺件", "2"),
  OTHER("其他", "9");

  private final String label;
  private final String code;

  Handling(String label, String code) {
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
  public static Handling of(String label) {
    return CodedLabel.byLabel(Handling.class, label);
  }
}
