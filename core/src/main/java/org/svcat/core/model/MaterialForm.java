package org.svcat.core.model;

/** 材料形式. */
public enum MaterialForm implements CodedLabel {
  PAPER("纸质", "1"),
  ELECTRONIC("电子", "2");

  private final String label;
  private final String code;

  MaterialForm(String label, String code) {
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
  public static MaterialForm of(String label) {
    return CodedLabel.byLabel(MaterialForm.class, label);
  }
}
