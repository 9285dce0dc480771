package org.svcat.core.model;

/** 事项状态 of an item or a directory entry. */
public enum Status implements CodedLabel {
  ACTIVE("在用", "1"),
  SUSPENDED("暂停", "2"),
  CANCELLED("已取消", "3");

  private final String label;
  private final String code;

  Status(String label, String code) {
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
  public static Status of(String label) {
    return CodedLabel.byLabel(Status.class, label);
  }
}
