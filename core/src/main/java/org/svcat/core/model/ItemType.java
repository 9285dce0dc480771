package org.svcat.core.model;

/** 事项类型 (GB/T 39046 A.1). Types 01–11 are 行政权力; 20 and up are 公共服务. */
public enum ItemType implements CodedLabel {
  LICENSING("行政许可", "01"),
  PUNISHMENT("行政处罚", "02"),
  COERCION("行政强制", "03"),
  LEVY("行政征收", "04"),
  BENEFIT("行政给付", "05"),
  INSPECTION("行政检查", "06"),
  CONFIRMATION("行政确认", "07"),
  REWARD("行政奖励", "08"),
  ADJUDICATION("行政裁决", "09"),
  OTHER_POWER("其他行政权力", "10"),
  FILING("行政备案", "11"),
  PUBLIC_SERVICE("公共服务", "20");

  private final String label;
  private final String code;

  ItemType(String label, String code) {
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

  /** True for the 行政权力 types (codes 01–11), which must cite a legal basis. */
  public boolean isAdministrativePower() {
    int n = Integer.parseInt(code);
    return n >= 1 && n <= 11;
  }

  /** The constant for a catalog label. */
  public static ItemType of(String label) {
    return CodedLabel.byLabel(ItemType.class, label);
  }
}
