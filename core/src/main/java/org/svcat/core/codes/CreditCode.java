package org.svcat.core.codes;

import java.util.Arrays;

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

  /**
   * Each ASCII character's value in the alphabet, -1 outside it (a scan of it per character was a
   * third of the code-format rule's time).
   */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private CreditCode() {}

  /** The value of {@code c} in the alphabet (its index), or -1 when it is not in it. */
  private static int value(char c) {
    return c < VALUES.length ? VALUES[c] : -1;
  }

  /** Whether the characters of {@code text} from {@code from} to {@code to} are of the alphabet. */
  static boolean inAlphabet(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (value(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code code} has 18 characters of the alphabet. */
  public static boolean isWellFormed(String code) {
    return code != null && code.length() == LENGTH && inAlphabet(code, 0, LENGTH);
  }

  /** The check character for the first 17 characters of {@code code}. */
  public static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = value(code.charAt(i));
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
