package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.model.Item;
import org.svcat.core.testing.Fixtures;

/** Repeated texts are kept once: in the table, and in a loaded catalog. */
class SharedTextsTest {
  @Test
  void anEqualTextSeenBeforeIsHandedOutAsTheFirstInstance() {
    SharedTexts texts = new SharedTexts(8);
    String first = texts.apply(new String("区市场监管局"));
    String second = texts.apply(new String("区市场监管局"));

    assertThat(second).isSameAs(first);
    assertThat(texts.apply("其他")).isEqualTo("其他").isNotSameAs(first);
  }

  @Test
  void aTextTakesTheSlotOfTheOneBeforeIt() {
    SharedTexts oneSlot = new SharedTexts(0);
    String a = oneSlot.apply(new String("a"));
    String b = oneSlot.apply(new String("b"));
    String againA = new String("a");

    assertThat(oneSlot.apply(new String("b"))).isSameAs(b);
    assertThat(oneSlot.apply(againA)).isSameAs(againA).isNotSameAs(a);
  }

  @Test
  void longTextsAreNotKept() {
    SharedTexts texts = new SharedTexts(8);
    String long1 = "长".repeat(SharedTexts.MAX_CHARS + 1);
    texts.apply(long1);
    String long2 = new String(long1);

    assertThat(texts.apply(long2)).isSameAs(long2);
  }

  @Test
  void itemsOfOneDepartmentShareItsName() throws Exception {
    Path catalog = Fixtures.repositoryRoot().resolve("catalog");
    var items = Svcat.create().load(catalog, ValidateOptions.DEFAULT).catalog().items();
    var byDepartment =
        items.stream()
            .filter(item -> item.department() != null)
            .collect(java.util.stream.Collectors.groupingBy(Item::department));
    var shared =
        byDepartment.values().stream().filter(list -> list.size() > 1).findFirst().orElseThrow();

    assertThat(shared.get(1).department()).isSameAs(shared.get(0).department());
  }
}
