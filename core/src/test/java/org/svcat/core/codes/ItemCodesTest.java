package org.svcat.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ItemCodes#isBasicCode} and {@link CreditCode}'s alphabet checked without regular
 * expressions, held to the expressions that state the structure.
 */
class ItemCodesTest {
  private static final Pattern BASIC =
      Pattern.compile("[0-9]{2}[0-9]{2}[0-9]{2}[0-9A-HJ-NPQRTUWXY]{3}(?:[0-9]{3}|00Y)");
  private static final Pattern CREDIT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

  /** Characters at and around every edge of the classes, and some that only look like them. */
  private static final String CHARACTERS = "/0189:@AHIJNOPQRSTUVWXYZ[`ahiyz０Ｙ一Ⅰ";

  @Test
  void basicCodesAreWhatTheExpressionMatches() {
    assertAgrees(BASIC, ItemCodes::isBasicCode, 7, "440118009000", "00012501200Y", "000125A12000");
  }

  @Test
  void creditCodesAreWellFormedWhereTheExpressionMatches() {
    assertAgrees(CREDIT, CreditCode::isWellFormed, 11, "91350100M000100Y43", "11440100007482575H");
  }

  /**
   * Every one of {@code codes} with one or two characters replaced, and 100,000 random strings of
   * their length give or take one: {@code check} accepts whichever {@code expression} matches, and
   * only those (of which there are more than a thousand).
   */
  private static void assertAgrees(
      Pattern expression, Predicate<String> check, long seed, String... codes) {
    List<String> tried = variants(codes);
    Random random = new Random(seed);
    for (int i = 0; i < 100_000; i++) {
      tried.add(randomText(random, codes[0].length() - 1 + random.nextInt(3)));
    }
    int accepted = 0;
    for (String code : tried) {
      boolean expected = expression.matcher(code).matches();
      assertThat(check.test(code)).as(code).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as("codes the expression accepts among those tried").isGreaterThan(1000);
  }

  @Test
  void nullIsNoBasicCode() {
    assertThat(ItemCodes.isBasicCode(null)).isFalse();
  }

  /** {@code codes}, and each with every one and every pair of positions replaced. */
  private static List<String> variants(String... codes) {
    List<String> all = new ArrayList<>();
    for (String code : codes) {
      all.add(code);
      for (int i = 0; i < code.length(); i++) {
        for (char c : CHARACTERS.toCharArray()) {
          String one = replace(code, i, c);
          all.add(one);
          for (int j = i + 1; j < code.length(); j++) {
            all.add(replace(one, j, 'Y'));
            all.add(replace(one, j, '0'));
          }
        }
      }
    }
    return all;
  }

  private static String replace(String code, int at, char c) {
    return code.substring(0, at) + c + code.substring(at + 1);
  }

  /** Mostly digits, so that many of them have the structure. */
  private static String randomText(Random random, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(
          random.nextInt(4) == 0
              ? CHARACTERS.charAt(random.nextInt(CHARACTERS.length()))
              : (char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }
}
