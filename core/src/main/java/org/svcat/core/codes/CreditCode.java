package org.svcat.core.codes;

/**
 * The 18-character 统一社会信用代码 of GB 32100—2015: 17 characters from a 31-character alphabet (no I, O,
 * Z, S, V) and a check character computed from fixed position weights.
 */
public final class CreditCode {
  /** The alphabet; a character's value is its index. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The length of a credit code. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /** True when {@code code} has 18 characters of the alphabet. */
  public static boolean isWellFormed(String code) {
    if (code == null || code.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The check character for the first 17 characters of {@code code}. */
  public static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = ALPHABET.indexOf(code.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a credit-code character: " + code.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  /** True when {@code code} is well formed and its check character is right. */
  public static boolean isValid(String code) {
    return isWellFormed(code) && checkCharacter(code) == code.charAt(LENGTH - 1);
  }
}
