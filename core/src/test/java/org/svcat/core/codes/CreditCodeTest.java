package org.svcat.core.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100 check characters and GB/T 39554.1 code structure, with the examples of
 * reference/codes.md.
 */
class CreditCodeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43",
        "11440100007482575H",
        "12441500196720244T",
        "91110000600037341L"
      })
  void realCodesAreValid(String code) {
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"911101087715632434,5", "11440100007482575A,H"})
  void aWrongCheckCharacterIsCaughtAndTheRightOneNamed(String code, char expected) {
    assertThat(CreditCode.isWellFormed(code)).isTrue();
    assertThat(CreditCode.isValid(code)).isFalse();
    assertThat(CreditCode.checkCharacter(code)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1144010000748257",
        "11440100007482575I",
        "1144010000748257OH",
        "11440100007482575h"
      })
  void malformedCodesAreNotWellFormed(String code) {
    assertThat(CreditCode.isWellFormed(code)).isFalse();
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "440118009000,true",
    "000125012000,true",
    "00012501200Y,true",
    "000125A12000,true",
    "000125I12000,false",
    "00012501200X,false",
    "00012501200,false",
    "0A0125012000,false"
  })
  void basicCodeStructure(String code, boolean valid) {
    assertThat(ItemCodes.isBasicCode(code)).isEqualTo(valid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"11440100007482575H3440118009000"})
  void implementationCodeParts(String code) {
    assertThat(ItemCodes.hasImplementationLength(code)).isTrue();
    assertThat(ItemCodes.creditPart(code)).isEqualTo("11440100007482575H");
    assertThat(ItemCodes.levelDigit(code)).isEqualTo("3");
    assertThat(ItemCodes.basicPart(code)).isEqualTo("440118009000");
    assertThat(ItemCodes.typeDigits(ItemCodes.basicPart(code))).isEqualTo("01");
  }
}
