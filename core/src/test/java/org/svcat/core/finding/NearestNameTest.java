package org.svcat.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNameTest {
  private static final List<String> RULES =
      List.of(
          "deadline-unit-mismatch",
          "material-vague",
          "promised-exceeds-legal",
          "legal-deadline-missing",
          "code-format");

  @Test
  void aSlipOfTheKeyboardFindsTheName() {
    assertThat(NearestName.of("promised-exceed-legal", RULES)).contains("promised-exceeds-legal");
    assertThat(NearestName.of("deadline-unit-mismatc", RULES)).contains("deadline-unit-mismatch");
    assertThat(NearestName.of("material-vage", RULES)).contains("material-vague");
    assertThat(NearestName.of("code-fromat", RULES)).contains("code-format");
    assertThat(NearestName.of("item-add", List.of("item-added", "item-removed")))
        .contains("item-added");
  }

  @Test
  void aNameFarFromEveryOneFindsNone() {
    assertThat(NearestName.of("xyz", RULES)).isEmpty();
    assertThat(NearestName.of("deadline", RULES)).isEmpty();
    assertThat(NearestName.of("anything", List.of())).isEmpty();
    // a hostile policy key: far from every id by its length alone, so nothing is compared
    assertThat(NearestName.of("a".repeat(100_000), RULES)).isEmpty();
  }

  @Test
  void theNearestWinsAndATieGoesToTheFirstInOrder() {
    assertThat(NearestName.of("abcd", List.of("abxy", "abcx"))).contains("abcx");
    assertThat(NearestName.of("abcd", List.of("abcy", "abcx"))).contains("abcx");
  }

  @Test
  void aValueOfACodeListIsTakenOnlyForOneCloseEnough() {
    List<String> types = List.of("行政许可", "行政处罚", "行政确认", "公共服务");
    assertThat(NearestName.ofValue("承诺", List.of("即办件", "承诺件", "其他"))).contains("承诺件");
    assertThat(NearestName.ofValue("工作天", List.of("工作日", "自然日", "月"))).contains("工作日");
    assertThat(NearestName.ofValue("行政许", types)).contains("行政许可");
    // two of four characters: another word, which of means something else
    assertThat(NearestName.ofValue("行政审批", types)).isEmpty();
    assertThat(NearestName.of("行政审批", types)).contains("行政处罚");
  }

  @Test
  void aCodeIsTakenForAnotherOnlyForTwoCharactersAtMost() {
    List<String> codes =
        List.of("11510107MB1529310N4000125012000", "11510107MB1529310N4000125001000");
    assertThat(NearestName.ofCode("11510107MB1529310N400012501200", codes))
        .contains("11510107MB1529310N4000125012000");
    assertThat(NearestName.ofCode("11510107MB1529310N4000125777000", codes)).isEmpty();
  }
}
