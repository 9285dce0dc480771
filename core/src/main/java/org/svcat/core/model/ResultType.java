package org.svcat.core.model;

/** 办理结果类型. */
public enum ResultType implements CodedLabel {
  CERTIFICATE("出证办结", "1"),
  DOCUMENT("出文办结", "2"),
  APPROVAL("审批办结", "3"),
  OTHER("其他", "9");

  private final String label;
  private final String code;

  ResultType(String label, String code) {
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
  public static ResultType of(String label) {
    return CodedLabel.byLabel(ResultType.class, label);
  }
}
