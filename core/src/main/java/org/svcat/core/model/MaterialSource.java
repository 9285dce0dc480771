package org.svcat.core.model;

/** 材料来源渠道. */
public enum MaterialSource implements CodedLabel {
  APPLICANT("申请人自备", "1"),
  GOVERNMENT("政府部门核发", "2"),
  INTERMEDIARY("中介机构出具", "3"),
  OTHER("其他", "9");

  private final String label;
  private final String code;

  MaterialSource(String label, String code) {
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
  public static MaterialSource of(String label) {
    return CodedLabel.byLabel(MaterialSource.class, label);
  }
}
