package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code svcat due} and {@code svcat stats} as a clerk and an office run them. */
class DueAndStatsCliTest {
  private static final String FOOD = "11510107MB1529310N4000125012000";
  private static final String SUBSIDY = "11510107MB152928814000508017000";

  @TempDir Path temp;

  /** {@code svcat due CODE} on the reference catalog, accepted and looked at on those days. */
  private static Run due(String code, String accepted, String today, String... more) {
    return CliRunner.run(
        List.of(
            "due",
            code,
            "--catalog",
            CliRunner.catalog(),
            "--accepted",
            accepted,
            "--today",
            today),
        more);
  }

  @Test
  void dueJsonIsTheContractExample() throws IOException {
    Run run = due(FOOD, "2026-09-30", "2026-10-09", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.path("item").stringValue()).isEqualTo(FOOD);
    assertThat(json.path("promised").path("due").stringValue()).isEqualTo("2026-10-10");
    assertThat(json.path("legal").path("due").stringValue()).isEqualTo("2026-11-03");
    assertThat(json.path("remaining").path("value").intValue()).isEqualTo(1);
    assertThat(json.path("status").stringValue()).isEqualTo("yellow");
    assertThat(json.path("legalOverdue").booleanValue()).isFalse();
  }

  @Test
  void dueUsageErrorsAreWordedInTheUsersLanguage() {
    String catalog = CliRunner.catalog();
    record Case(List<String> args, String english, String chinese) {}
    List<Case> cases =
        List.of(
            new Case(
                List.of("due", "NOPE", "--accepted", "2026-09-30"),
                "svcat: no item or bundle NOPE in " + catalog + "\n",
                "svcat: " + catalog + " 中没有事项或套餐 NOPE\n"),
            new Case(
                List.of("due", FOOD.substring(0, FOOD.length() - 1), "--accepted", "2026-09-30"),
                "svcat: no item or bundle "
                    + FOOD.substring(0, FOOD.length() - 1)
                    + " in "
                    + catalog
                    + "; did you mean "
                    + FOOD
                    + "?\n",
                "svcat: "
                    + catalog
                    + " 中没有事项或套餐 "
                    + FOOD.substring(0, FOOD.length() - 1)
                    + "，是否应为 "
                    + FOOD
                    + "？\n"),
            new Case(
                List.of("due", FOOD, "--accepted", "2026-09-30", "--situation", "S9"),
                "svcat: item " + FOOD + " has no situation S9 (" + catalog + ")\n",
                "svcat: 事项 " + FOOD + " 没有情形 S9（" + catalog + "）\n"),
            new Case(
                List.of("due", FOOD, "--accepted", "2026-13-45"),
                "svcat: --accepted takes a date as YYYY-MM-DD, not 2026-13-45\n",
                "svcat: --accepted 需要 YYYY-MM-DD 格式的日期，而不是 2026-13-45\n"),
            new Case(
                List.of(
                    "due", FOOD, "--accepted", "2026-09-30", "--pause", "2026-10-10..2026-10-09"),
                "svcat: --pause takes FROM..TO, dates as YYYY-MM-DD and FROM not after TO"
                    + " (e.g. 2026-10-12..2026-10-14), not 2026-10-10..2026-10-09\n",
                "svcat: --pause 的格式为 FROM..TO：日期为 YYYY-MM-DD，FROM 不晚于 TO"
                    + "（例如 2026-10-12..2026-10-14），而不是 2026-10-10..2026-10-09\n"));
    for (Case c : cases) {
      for (var expected : Map.of("en", c.english(), "zh", c.chinese()).entrySet()) {
        Run run = CliRunner.run(c.args(), "--catalog", catalog, "--lang", expected.getKey());
        assertThat(run.code()).as(c.args().toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).as(c.args().toString()).isEqualTo(expected.getValue());
      }
    }
  }

  @Test
  void dueTextForAClerkWithPausesAndSituations() {
    Run run =
        due(
            FOOD,
            "2026-09-30",
            "2026-10-09",
            "--pause",
            "2026-10-09..2026-10-10",
            "--situation",
            "S2",
            "--lang",
            "zh");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("● 黄灯")
        .contains("承诺时限  2 工作日")
        .contains("2026-10-12（星期一）")
        .contains("暂停计时");
  }

  @Test
  void dueOfABundle() {
    Run run = due("open-restaurant", "2026-09-30", "2026-09-30", "--lang", "en");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("● GREEN")
        .contains("critical path")
        .contains("one set of materials");
  }

  @Test
  void aMissingAcceptedDayAndAMissingCalendar() {
    assertThat(CliRunner.run("due", FOOD, "--catalog", CliRunner.catalog()).code())
        .as("--accepted is required")
        .isEqualTo(ExitCode.USAGE);

    // 10 工作日 promised from 2026-12-21: the promised due date is in 2027
    Run missing = due(SUBSIDY, "2026-12-21", "2026-12-22", "--lang", "zh");
    assertThat(missing.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(missing.out()).as("no light without the promised due date").isEmpty();
    assertThat(missing.err()).contains("缺少 2027 年的工作日历").doesNotContain("Exception");

    // only the legal due date is in 2027: the light is shown, and the missing calendar named
    Run legalOnly = due(SUBSIDY, "2026-12-04", "2026-12-07", "--format", "json");
    assertThat(legalOnly.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(legalOnly.out())
        .contains("\"status\": \"green\"")
        .contains("\"due\": null,\n    \"missingCalendar\": 2027");
    assertThat(legalOnly.err())
        .isEqualTo(
            "svcat: no working-day calendar for 2027: add calendars/CN-2027.yaml from the State"
                + " Council notice (svcat never guesses weekends-only)\n");
  }

  @Test
  void filesWithErrorsAreNotedAndWhatTheyHeldIsNamed() throws IOException {
    Path catalog = temp.resolve("catalog");
    CliRunner.copy(Path.of(CliRunner.catalog()), catalog);
    Path item = catalog.resolve("items/civil/disability-subsidies.yaml");
    Files.writeString(
        item, Files.readString(item).replaceFirst("(?m)^visits: .*$", "visits: \"x\""));
    String note = "note: " + catalog + " has 1 file(s) with errors (run svcat validate); ";

    Run due =
        CliRunner.run("due", SUBSIDY, "--catalog", catalog.toString(), "--accepted", "2026-12-01");
    assertThat(due.code()).isEqualTo(ExitCode.USAGE);
    assertThat(due.err())
        .isEqualTo(
            note
                + "what they hold (items, calendars, policy settings) is not used here\n"
                + "svcat: the file of item "
                + SUBSIDY
                + " in "
                + catalog
                + " has errors, so the item could not be read (run svcat validate)\n");

    Run stats = CliRunner.run("stats", catalog.toString());
    assertThat(stats.code()).isZero();
    assertThat(stats.err()).isEqualTo(note + "items in unreadable files are not counted\n");
    Run export =
        CliRunner.run("export", catalog.toString(), "--output", temp.resolve("x.csv").toString());
    assertThat(export.code()).isZero();
    assertThat(export.err()).isEqualTo(note + "items in unreadable files are not exported\n");
    assertThat(export.out()).startsWith("30 item(s) exported");

    // a calendar that cannot be read is named with the year it lacks
    Files.writeString(item, Files.readString(item).replace("visits: \"x\"", "visits: 0"));
    Path calendar = catalog.resolve("calendars/CN-2026.yaml");
    Files.writeString(calendar, Files.readString(calendar) + "year: [\n");
    Run noCalendar =
        CliRunner.run(
            "due",
            FOOD,
            "--catalog",
            catalog.toString(),
            "--accepted",
            "2026-10-09",
            "--lang",
            "zh");
    assertThat(noCalendar.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(noCalendar.err())
        .endsWith(
            "svcat: 缺少 2026 年的工作日历：请按国务院办公厅通知添加 calendars/CN-2026.yaml（svcat 不会按“只休周末”推算）"
                + "；以下工作日历文件有错误，未能读取：calendars/CN-2026.yaml\n");
    assertThat(CliRunner.run("stats", CliRunner.catalog()).err()).as("a clean catalog").isEmpty();
  }

  @Test
  void statsInEveryFormat() throws IOException {
    Run json =
        CliRunner.run(
            "stats", CliRunner.catalog(), "--format", "json", "--by", "department,type,level");
    assertThat(json.code()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(json.out());
    assertThat(root.path("overall").propertyNames())
        .containsExactly(
            "items",
            "immediateRate",
            "compressionRatio",
            "zeroVisitRate",
            "averageVisits",
            "fullyOnlineRate",
            "materialsPerItem");
    assertThat(root.path("overall").path("items").intValue()).isEqualTo(31);
    assertThat(root.path("byDepartment")).hasSize(9);
    assertThat(root.path("byType").size()).isGreaterThan(3);
    assertThat(root.path("byLevel")).hasSize(1);

    assertThat(CliRunner.run("stats", CliRunner.catalog(), "--lang", "zh").out())
        .contains("即办率")
        .contains("区市场监管局");
    Path csv = temp.resolve("stats.csv");
    assertThat(
            CliRunner.run(
                    "stats", CliRunner.catalog(), "--format", "csv", "--output", csv.toString())
                .code())
        .isZero();
    assertThat(Files.readAllLines(csv).get(0)).startsWith("scope,key,items,immediateRate");
    assertThat(CliRunner.run("stats", CliRunner.catalog(), "--format", "markdown").out())
        .contains("|---|---:|");
    assertThat(CliRunner.run("stats", CliRunner.catalog(), "--by", "color").code())
        .isEqualTo(ExitCode.USAGE);
  }
}
