package org.svcat.core.model;

/** Unit of a deadline: 工作日 (working days), 自然日 (calendar days) or 月 (calendar months). */
public enum TimeUnit implements CodedLabel {
  WORKING_DAY("工作日", "1"),
  CALENDAR_DAY("自然日", "2"),
  MONTH("月", "3");

  private final String label;
  private final String code;

  TimeUnit(String label, String code) {
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
  public static TimeUnit of(String label) {
    return CodedLabel.byLabel(TimeUnit.class, label);
  }
}
