package org.svcat.core.model;

import java.math.BigDecimal;

/** One fee (收费项目) with its standard and basis. */
public record FeeItem(
    String name, String standard, BigDecimal amount, String basis, Boolean waivable) {
  /** Plain notation up to this length; beyond it (e.g. {@code 1e-99999999}) scientific notation. */
  private static final int MAX_PLAIN_CHARS = 32;

  /**
   * The amount as svcat writes it (YAML, sheets): {@code 12.5}, not {@code 12.50} or {@code
   * 1.25E+1}; an absurd exponent keeps its short scientific form instead of growing the file. Empty
   * when there is no amount.
   */
  public String amountText() {
    if (amount == null) {
      return "";
    }
    BigDecimal value = amount.stripTrailingZeros();
    boolean plainIsShort =
        value.precision() - value.scale() <= MAX_PLAIN_CHARS && value.scale() <= MAX_PLAIN_CHARS;
    return plainIsShort ? value.toPlainString() : value.toString();
  }
}
