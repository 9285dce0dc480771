package org.svcat.core.model;

/** 网上办理深度 (a widely used code set, not in GB/T 39046). Depth 5, 6 or 7 counts as 全程网办. */
public enum OnlineDepth implements CodedLabel {
  CONSULT("互联网咨询", "1"),
  RECEIVE("互联网收件", "2"),
  PREVIEW("互联网预审", "3"),
  ACCEPT("互联网受理", "4"),
  HANDLE("互联网办理", "5"),
  RESULT_FEEDBACK("互联网办理结果信息反馈", "6"),
  LICENCE_FEEDBACK("互联网电子证照反馈", "7"),
  OTHER("其他", "8");

  private final String label;
  private final String code;

  OnlineDepth(String label, String code) {
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

  /** True where this depth makes an item 全程网办 (depth 5, 6 or 7). */
  public boolean isFullyOnline() {
    return this == HANDLE || this == RESULT_FEEDBACK || this == LICENCE_FEEDBACK;
  }

  /** The constant for a catalog label. */
  public static OnlineDepth of(String label) {
    return CodedLabel.byLabel(OnlineDepth.class, label);
  }
}
