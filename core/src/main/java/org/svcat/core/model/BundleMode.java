package org.svcat.core.model;

/** 一件事 mode: members in parallel subject to prerequisites (并联), or in sequence (串联). */
public enum BundleMode implements CodedLabel {
  PARALLEL("并联", "1"),
  SERIAL("串联", "2");

  private final String label;
  private final String code;

  BundleMode(String label, String code) {
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
  public static BundleMode of(String label) {
    return CodedLabel.byLabel(BundleMode.class, label);
  }
}
