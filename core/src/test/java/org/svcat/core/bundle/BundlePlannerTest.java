package org.svcat.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svcat.core.model.Authority;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.BundleMode;
import org.svcat.core.model.Contacts;
import org.svcat.core.model.Deadline;
import org.svcat.core.model.Fees;
import org.svcat.core.model.Handling;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.model.Level;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;

/** Critical paths through prerequisites among a bundle's members. */
class BundlePlannerTest {
  private static Item item(String code, String basicCode, int days, String... prerequisites) {
    return new Item(
        code,
        basicCode,
        "事项" + code,
        ItemType.PUBLIC_SERVICE,
        Level.COUNTY,
        new Authority("某局", "X", null),
        null,
        null,
        null,
        null,
        Handling.PROMISED,
        new Deadline(null, TimeLimit.of(days, TimeUnit.WORKING_DAY), null),
        0,
        null,
        null,
        null,
        new Fees(false, null, null),
        null,
        null,
        List.of(prerequisites),
        null,
        null,
        new Contacts(null, null),
        null,
        null,
        null);
  }

  private static BundlePlan plan(BundleMode mode, List<String> members, Item... items) {
    Map<String, Item> byCode =
        Stream.of(items).collect(Collectors.toMap(Item::code, Function.identity()));
    Bundle bundle =
        new Bundle("b", "一件事", mode, members, TimeLimit.of(1, TimeUnit.WORKING_DAY), null);
    return new BundlePlanner(byCode::get).plan(bundle);
  }

  private static List<String> codes(List<Item> items) {
    return items.stream().map(Item::code).toList();
  }

  @Test
  void theCriticalPathIsTheLongestChainOfPromisesThroughPrerequisites() {
    BundlePlan plan =
        plan(
            BundleMode.PARALLEL,
            List.of("D", "A", "B", "C"),
            item("A", "BA", 5, "B"),
            item("B", "BB", 3),
            item("C", "BC", 9),
            item("D", "BD", 2, "A"));

    assertThat(codes(plan.criticalPath())).containsExactly("B", "A", "D");
    assertThat(plan.criticalDays()).isEqualTo(10);
    assertThat(plan.serialDays()).isEqualTo(19);
    assertThat(plan.savedDays()).isEqualTo(9);
  }

  @Test
  void aBasicCodeCountsForEveryMemberImplementingItAndAnImplementationCodeOnlyForThatMember() {
    BundlePlan byBasic =
        plan(
            BundleMode.PARALLEL,
            List.of("X", "Y1", "Y2"),
            item("X", "BX", 1, "BY"),
            item("Y1", "BY", 4),
            item("Y2", "BY", 7));
    assertThat(codes(byBasic.criticalPath())).containsExactly("Y2", "X");
    assertThat(byBasic.criticalDays()).isEqualTo(8);

    BundlePlan byCode =
        plan(
            BundleMode.PARALLEL,
            List.of("X", "Y1", "Y2"),
            item("X", "BX", 1, "Y1"),
            item("Y1", "BY", 4),
            item("Y2", "BY", 7));
    assertThat(codes(byCode.criticalPath())).containsExactly("Y2");
    assertThat(byCode.criticalDays()).isEqualTo(7);
  }

  @Test
  void aCycleAmongMembersIsCutWhereItCloses() {
    BundlePlan plan =
        plan(
            BundleMode.PARALLEL,
            List.of("P", "Q"),
            item("P", "BP", 3, "Q"),
            item("Q", "BQ", 4, "P"));

    assertThat(codes(plan.criticalPath())).containsExactly("Q", "P");
    assertThat(plan.criticalDays()).isEqualTo(7);
  }

  @Test
  void unknownCodesAreMissingRepeatedMembersCountOnceAndSerialBundlesAddUp() {
    BundlePlan plan =
        plan(
            BundleMode.SERIAL,
            List.of("A", "ZZZ", "A", "B"),
            item("A", "BA", 5),
            item("B", "BB", 3, "A"));

    assertThat(codes(plan.members())).containsExactly("A", "B");
    assertThat(plan.missing()).containsExactly("ZZZ");
    assertThat(codes(plan.criticalPath())).containsExactly("A", "B");
    assertThat(plan.criticalDays()).isEqualTo(8);

    BundlePlan empty = plan(BundleMode.PARALLEL, List.of("ZZZ"));
    assertThat(empty.criticalPath()).isEmpty();
    assertThat(empty.criticalDays()).isZero();
  }
}
