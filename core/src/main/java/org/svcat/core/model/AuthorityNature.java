package org.svcat.core.model;

/** 实施主体性质 (GB/T 39046 A.3). */
public enum AuthorityNature implements CodedLabel {
  STATUTORY("法定机关", "1"),
  AUTHORIZED("授权组织", "2"),
  ENTRUSTED("受委托组织", "3"),
  OTHER("其他", "9");

  private final String label;
  private final String code;

  AuthorityNature(String label, String code) {
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
  public static AuthorityNature of(String label) {
    return CodedLabel.byLabel(AuthorityNature.class, label);
  }
}
