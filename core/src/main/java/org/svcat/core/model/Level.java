package org.svcat.core.model;

/** 行使层级 (GB/T 39046 A.2); the code is the level digit inside a 实施编码. */
public enum Level implements CodedLabel {
  NATIONAL("国家级", "1"),
  PROVINCIAL("省级", "2"),
  CITY("市级", "3"),
  COUNTY("县级", "4"),
  TOWNSHIP("乡级", "5"),
  VILLAGE("村级", "6"),
  TIERED("分级管理", "7");

  private final String label;
  private final String code;

  Level(String label, String code) {
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
  public static Level of(String label) {
    return CodedLabel.byLabel(Level.class, label);
  }
}
