package org.svcat.core.model;

/** 服务对象 (GB/T 39046 A.4). Map by label, never by number: vendor systems shift the numbers. */
public enum ServiceObject implements CodedLabel {
  NATURAL_PERSON("自然人", "1"),
  ENTERPRISE("企业法人", "2"),
  INSTITUTION("事业法人", "3"),
  SOCIAL_ORGANIZATION("社会组织法人", "4"),
  GOVERNMENT("行政机关", "5"),
  OTHER("其他组织", "6");

  private final String label;
  private final String code;

  ServiceObject(String label, String code) {
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
  public static ServiceObject of(String label) {
    return CodedLabel.byLabel(ServiceObject.class, label);
  }
}
