package org.svcat.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.testing.Fixtures;

/** Policies: profiles, severities, parameters, exemptions, and errors in the policy itself. */
class PolicyTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path temp;

  private ValidationReport validate(String policy, String promised) throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/yaml-syntax/pass"), temp);
    Path item = catalog.resolve("items/food.yaml");
    Files.writeString(
        item,
        Files.readString(item)
            .replace(
                "promised: {value: 5, unit: 工作日}",
                "promised: {value: " + promised + ", unit: 工作日}"));
    if (policy != null) {
      Files.writeString(catalog.resolve("policy.yaml"), policy);
    }
    return SVCAT.validate(catalog, ValidateOptions.DEFAULT.withLanguage("en"));
  }

  private static List<String> rules(ValidationReport report) {
    return report.findings().stream().map(f -> f.rule() + ":" + f.severity().id()).toList();
  }

  @Test
  void strictFailsTwentyFourteenAndPassesTwentyThirteen() throws IOException {
    ValidationReport fourteen = validate("extends: strict\n", "14");
    assertThat(rules(fourteen)).contains("compression-below-floor:error");
    assertThat(fourteen.findings())
        .filteredOn(f -> f.rule().equals("compression-below-floor"))
        .singleElement()
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            14,
            "promised 14 工作日 shortens the legal limit 20 工作日 by only 30%; the policy asks for at least 33.3%");
    assertThat(rules(validate("extends: strict\n", "13")))
        .doesNotContain("compression-below-floor:error");
  }

  @Test
  void nationalLeavesCompressionOff() throws IOException {
    assertThat(validate(null, "20").findings()).isEmpty();
    assertThat(validate("extends: national\n", "19").findings()).isEmpty();
  }

  @Test
  void policyOverridesSeverityAndParameters() throws IOException {
    ValidationReport warning =
        validate(
            "extends: strict\nrules:\n  compression-below-floor: {severity: warning, minRatio: 0.5}\n",
            "11");
    assertThat(rules(warning)).contains("compression-below-floor:warning");
    assertThat(
            rules(
                validate(
                    "extends: strict\nrules:\n  compression-below-floor: {minRatio: 0.25}\n",
                    "14")))
        .doesNotContain("compression-below-floor:error");
    assertThat(rules(validate("extends: strict\nrules:\n  compression-below-floor: off\n", "19")))
        .noneMatch(r -> r.startsWith("compression-below-floor"));
  }

  @Test
  void exemptionsByCodeOrBasicCodePrefixAndStaleOnesAreReported() throws IOException {
    String exempt =
        "extends: strict\nexemptions:\n  - rule: compression-below-floor\n    items: [\"0001*\"]\n    reason: 法律另有规定\n";
    ValidationReport exempted = validate(exempt, "19");
    assertThat(rules(exempted)).doesNotContain("compression-below-floor:error");
    assertThat(exempted.suppressed()).isEqualTo(1);
    ValidationReport stale = validate(exempt, "5");
    assertThat(stale.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("suppression-unused");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.file()).isEqualTo("policy.yaml");
              assertThat(f.line()).isEqualTo(3);
            });
  }

  @Test
  void aPolicyErrorIsALocatedFinding() throws IOException {
    ValidationReport report =
        validate(
            "rules:\n  no-such-rule: off\n  visits-exceed-limit: {maximum: 2}\nexemptions:\n  - {rule: nope, items: [x], reason: y}\n",
            "5");
    assertThat(report.findings())
        .extracting(f -> f.file() + ":" + f.line() + " " + f.rule() + " " + f.message())
        .containsExactly(
            "policy.yaml:2 schema no rule is called \"no-such-rule\" (\"svcat rules\" lists them)",
            "policy.yaml:3 schema rule visits-exceed-limit has no parameter \"maximum\" (its parameters: max)",
            "policy.yaml:5 schema no rule is called \"nope\" (\"svcat rules\" lists them)");
  }

  @Test
  void aMisspeltNameIsAFindingWithTheNearestName() throws IOException {
    ValidationReport report =
        validate(
            "rules:\n  promised-exceed-legal: off\nexemptions:\n  - {rule: material-vage, items: [x], reason: y}\n"
                + "changes:\n  item-add: INFO\n  zzz: off\n  item-removed: WARN\n",
            "5");
    assertThat(report.findings())
        .extracting(f -> f.file() + ":" + f.line() + " " + f.rule() + " " + f.message())
        .containsExactly(
            "policy.yaml:2 schema no rule is called \"promised-exceed-legal\"; did you mean promised-exceeds-legal?",
            "policy.yaml:4 schema no rule is called \"material-vage\"; did you mean material-vague?",
            "policy.yaml:6 schema no change is called \"item-add\"; did you mean item-added?",
            "policy.yaml:7 schema no change is called \"zzz\"; the changes svcat diff reports: bundle-added, "
                + "bundle-changed, bundle-removed, channel-added, channel-removed, deadline-unit-changed, "
                + "directory-entry-added, directory-entry-changed, directory-entry-removed, fee-added, "
                + "fee-increased, fee-removed, handling-slowed, handling-sped-up, item-added, "
                + "item-code-changed, item-name-changed, item-removed, item-status-changed, "
                + "item-type-changed, legal-deadline-changed, material-added, material-added-optional, "
                + "material-copies-increased, material-made-optional, material-made-required, "
                + "material-removed, online-depth-extended, online-depth-reduced, prerequisite-added, "
                + "prerequisite-removed, promised-deadline-decreased, promised-deadline-increased, "
                + "text-changed, version-bump-required, visits-decreased, visits-increased");
    assertThat(report.findings()).allMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void anItemsSuppressionOfNoRuleIsUnusedWithTheNearestName() throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/yaml-syntax/pass"), temp);
    Path item = catalog.resolve("items/food.yaml");
    Files.writeString(
        item,
        Files.readString(item)
            + "suppress:\n  - {rule: material-vage, reason: 历史遗留}\n  - {rule: nope, reason: 无}\n");
    ValidationReport report = SVCAT.validate(catalog, ValidateOptions.DEFAULT.withLanguage("en"));
    assertThat(report.findings())
        .extracting(f -> f.rule() + ":" + f.severity().id() + " " + f.message() + " / " + f.hint())
        .containsExactly(
            "suppression-unused:info the suppression of material-vage matched no finding: no rule"
                + " is called that; did you mean material-vague? / Write the id of the rule as svcat"
                + " rules lists it: a misspelt one suppresses nothing.",
            "suppression-unused:info the suppression of nope matched no finding: no rule is called"
                + " that (\"svcat rules\" lists them) / Write the id of the rule as svcat rules lists"
                + " it: a misspelt one suppresses nothing.");
  }

  @Test
  void anExemptionWithoutReasonIsASchemaFinding() throws IOException {
    ValidationReport report =
        validate("exemptions:\n  - {rule: visits-exceed-limit, items: [x]}\n", "5");
    assertThat(report.findings())
        .extracting(f -> f.file() + ":" + f.line() + " " + f.rule())
        .containsExactly("policy.yaml:2 schema");
    assertThat(report.findings().get(0).message()).contains("reason");
  }

  /**
   * The policy file that catalog.yaml names is checked under, or it says why not: a path outside
   * the catalog, or a file that is not there, was ignored without a word (the catalog was checked
   * under the national defaults, or under policy.yaml).
   */
  @Test
  void aPolicyFileNamedOutsideTheCatalogOrMissingIsALocatedError() throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("rules/yaml-syntax/pass"), temp);
    Path meta = catalog.resolve("catalog.yaml");
    String base = Files.readString(meta);
    int line = (int) base.lines().count() + 1;

    Files.writeString(meta, base + "policy: ../shared/policy.yaml\n");
    ValidationReport outside = SVCAT.validate(catalog, ValidateOptions.DEFAULT.withLanguage("en"));
    assertThat(outside.findings())
        .extracting(
            f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.message())
        .containsExactly(
            "catalog.yaml:"
                + line
                + ":9 schema the policy file ../shared/policy.yaml lies outside the"
                + " catalog, and svcat reads nothing there: policy.yaml is read instead");

    Files.writeString(meta, base + "policy: config/policy.yaml\n");
    ValidationReport missing = SVCAT.validate(catalog, ValidateOptions.DEFAULT.withLanguage("zh"));
    assertThat(missing.findings())
        .extracting(f -> f.file() + ":" + f.line() + " " + f.rule() + " " + f.message())
        .containsExactly(
            "catalog.yaml:"
                + line
                + " schema catalog.yaml 指定的策略文件 config/policy.yaml 不存在：按 national"
                + " 档的默认设置检查");

    Files.createDirectories(catalog.resolve("config"));
    Files.writeString(catalog.resolve("config/policy.yaml"), "rules:\n  material-vague: off\n");
    assertThat(SVCAT.validate(catalog, ValidateOptions.DEFAULT).findings()).isEmpty();
    assertThat(
            SVCAT
                .validate(
                    catalog,
                    ValidateOptions.DEFAULT.withPolicy(catalog.resolve("config/policy.yaml")))
                .findings())
        .isEmpty();
  }
}
