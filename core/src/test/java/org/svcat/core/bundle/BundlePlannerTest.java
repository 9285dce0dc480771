package org.svcat.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.BundleMode;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.model.Necessity;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;
import org.svcat.core.testing.TestItems;

/** Critical paths through prerequisites among a bundle's members. */
class BundlePlannerTest {
  private static Item item(String code, String basicCode, int days, String... prerequisites) {
    return item(code, basicCode, days, List.of(), prerequisites);
  }

  private static Item item(
      String code, String basicCode, int days, List<Material> materials, String... prerequisites) {
    return TestItems.item(code, basicCode, days, materials, List.of(prerequisites));
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

  @Test
  void aChainOfAHundredThousandMembersIsPlannedOnASmallStack() throws InterruptedException {
    List<Item> chain = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      chain.add(i == 0 ? item("C0", "B0", 1) : item("C" + i, "B" + i, 1, "C" + (i - 1)));
    }
    // listed last link first: a member's finish waited for its prerequisite's by recursion, one
    // frame a link, and this chain overflowed the stack; the walk keeps a stack of its own now
    List<String> lastFirst = new ArrayList<>(codes(chain));
    Collections.reverse(lastFirst);
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread planner =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(plan(BundleMode.PARALLEL, lastFirst, chain.toArray(Item[]::new)));
              } catch (Throwable e) {
                outcome.set(e);
              }
            },
            "planner",
            256 * 1024);
    planner.start();
    planner.join();

    assertThat(outcome.get()).isInstanceOf(BundlePlan.class);
    BundlePlan plan = (BundlePlan) outcome.get();
    assertThat(plan.criticalDays()).isEqualTo(100_000);
    assertThat(plan.criticalPath()).hasSize(100_000);
    assertThat(plan.criticalPath().get(0).code()).isEqualTo("C0");
    assertThat(plan.criticalPath().get(99_999).code()).isEqualTo("C99999");
  }

  @Test
  void theSingleSetMergesByRefOrNameWithTheStrongestNecessityAndSharesOnlyWhatAllShare() {
    Item a =
        item(
            "A",
            "BA",
            1,
            List.of(
                material("身份证", Necessity.OPTIONAL, true, "id-card"),
                material("申请表", Necessity.REQUIRED, false, null),
                material(" 营业执照", Necessity.DEFERRABLE, true, null)));
    Item b =
        item(
            "B",
            "BB",
            1,
            List.of(
                material("居民身份证", Necessity.REQUIRED, false, "id-card"),
                material("营业执照", Necessity.OPTIONAL, true, null)));
    Item c = item("C", "BC", 1, List.of(material("申请表", Necessity.OPTIONAL, true, null)));
    BundlePlan plan = plan(BundleMode.SERIAL, List.of("A", "B", "C"), a, b, c);
    Map<String, SharedMaterial> dictionary =
        Map.of(
            "id-card", new SharedMaterial("id-card", "居民身份证", null, null, true, List.of(), null));

    List<BundleMaterial> set = BundlePlanner.materials(plan, dictionary);

    assertThat(set)
        .containsExactly(
            new BundleMaterial("居民身份证", "id-card", List.of("A", "B"), Necessity.REQUIRED, true),
            new BundleMaterial("申请表", null, List.of("A", "C"), Necessity.REQUIRED, false),
            new BundleMaterial(" 营业执照", null, List.of("A", "B"), Necessity.DEFERRABLE, true));
  }

  private static Material material(String name, Necessity necessity, boolean shared, String ref) {
    return new Material(
        null, name, necessity, null, List.of(), 0, 0, null, null, shared, ref, null, null);
  }
}
