package org.svcat.core.model;

/** 办理形式 (GB/T 39046 A.5). */
public enum Channel implements CodedLabel {
  WINDOW("窗口办理", "1"),
  ONLINE_PC("电脑端网上办理", "2"),
  ONLINE_MOBILE("移动端网上申请", "3"),
  POSTAL("快递申请", "4"),
  OTHER("其他", "9");

  private final String label;
  private final String code;

  Channel(String label, String code) {
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
  public static Channel of(String label) {
    return CodedLabel.byLabel(Channel.class, label);
  }
}
