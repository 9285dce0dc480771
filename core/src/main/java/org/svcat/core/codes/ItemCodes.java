package org.svcat.core.codes;

/**
 * The code structure of GB/T 39554.1: a 12-character 基本编码 {@code RR TT MMMMM SSS} and a
 * 31-character 实施编码 (credit code of the authority + level digit + 基本编码).
 */
public final class ItemCodes {
  /** Length of a 基本编码. */
  public static final int BASIC_LENGTH = 12;

  /** Length of a 实施编码. */
  public static final int IMPLEMENTATION_LENGTH = CreditCode.LENGTH + 1 + BASIC_LENGTH;

  private ItemCodes() {}

  /**
   * True when {@code code} has the structure of a 基本编码: 2-digit region, 2-digit type, 2-digit
   * department + 3-character sequence (digits, then upper case letters other than I, O, Z, S, V:
   * the credit-code alphabet), and a sub-item part: {@code 000}, {@code 00Y} or {@code 001}–{@code
   * 999}. What the regular expression {@code [0-9]{6}[0-9A-HJ-NPQRTUWXY]{3}(?:[0-9]{3}|00Y)}
   * matches (ItemCodesTest holds the two to each other), checked without one: the rules ask twice
   * an item.
   */
  public static boolean isBasicCode(String code) {
    return code != null
        && code.length() == BASIC_LENGTH
        && digits(code, 0, 6)
        && CreditCode.inAlphabet(code, 6, 9)
        && (digits(code, 9, BASIC_LENGTH) || code.endsWith("00Y"));
  }

  /** Whether the characters of {@code code} from {@code from} to {@code to} are ASCII digits. */
  private static boolean digits(String code, int from, int to) {
    for (int i = from; i < to; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The 2-digit 事项类型 code inside a 基本编码. */
  public static String typeDigits(String basicCode) {
    return basicCode.substring(2, 4);
  }

  /** The credit-code part of a 实施编码. */
  public static String creditPart(String code) {
    return code.substring(0, CreditCode.LENGTH);
  }

  /** The level digit of a 实施编码. */
  public static String levelDigit(String code) {
    return code.substring(CreditCode.LENGTH, CreditCode.LENGTH + 1);
  }

  /** The 基本编码 part of a 实施编码. */
  public static String basicPart(String code) {
    return code.substring(CreditCode.LENGTH + 1);
  }

  /** True when {@code code} has the length of a 实施编码 (its parts can be taken). */
  public static boolean hasImplementationLength(String code) {
    return code != null && code.length() == IMPLEMENTATION_LENGTH;
  }
}
