package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code svcat due} and {@code svcat stats} as a clerk and an office run them. */
class DueAndStatsCliTest {
  private static final String FOOD = "11510107MB1529310N4000125012000";

  @TempDir Path temp;

  @Test
  void dueJsonIsTheContractExample() throws IOException {
    Run run =
        CliRunner.run(
            "due",
            FOOD,
            "--catalog",
            CliRunner.catalog(),
            "--accepted",
            "2026-09-30",
            "--today",
            "2026-10-09",
            "--format",
            "json");
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
  void dueTextForAClerkWithPausesAndSituations() {
    Run run =
        CliRunner.run(
            "due",
            FOOD,
            "--catalog",
            CliRunner.catalog(),
            "--accepted",
            "2026-09-30",
            "--today",
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
    Run run =
        CliRunner.run(
            "due",
            "open-restaurant",
            "--catalog",
            CliRunner.catalog(),
            "--accepted",
            "2026-09-30",
            "--today",
            "2026-09-30",
            "--lang",
            "en");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("● GREEN")
        .contains("critical path")
        .contains("one set of materials");
  }

  @Test
  void usageErrorsAndAMissingCalendar() {
    assertThat(
            CliRunner.run("due", FOOD, "--catalog", CliRunner.catalog(), "--accepted", "2026-13-01")
                .code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(CliRunner.run("due", FOOD, "--catalog", CliRunner.catalog()).code())
        .isEqualTo(ExitCode.USAGE);
    Run unknown =
        CliRunner.run("due", "nope", "--catalog", CliRunner.catalog(), "--accepted", "2026-03-02");
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("no item nope");
    assertThat(
            CliRunner.run(
                    "due",
                    FOOD,
                    "--catalog",
                    CliRunner.catalog(),
                    "--accepted",
                    "2026-03-02",
                    "--pause",
                    "2026-03-05..2026-03-01")
                .code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(
            CliRunner.run(
                    "due",
                    FOOD,
                    "--catalog",
                    CliRunner.catalog(),
                    "--accepted",
                    "2026-03-02",
                    "--situation",
                    "S9")
                .code())
        .isEqualTo(ExitCode.USAGE);

    Run missing =
        CliRunner.run(
            "due",
            FOOD,
            "--catalog",
            CliRunner.catalog(),
            "--accepted",
            "2026-12-20",
            "--today",
            "2026-12-21",
            "--lang",
            "zh");
    assertThat(missing.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(missing.err()).contains("缺少 2027 年的工作日历").doesNotContain("Exception");
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
