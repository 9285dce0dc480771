package org.svcat.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcat.core.finding.Severity;
import org.svcat.core.testing.Fixtures;

/** Keeps the house in order: every rule is documented, translated and has fixtures. */
class RuleMetaTest {
  /**
   * Default severities of §7 of the catalog format (the contract); OFF = "off in national". Rules
   * beyond the contract are listed at the end.
   */
  private static final Map<String, Severity> CONTRACT =
      Map.ofEntries(
          Map.entry("yaml-syntax", Severity.ERROR),
          Map.entry("schema", Severity.ERROR),
          Map.entry("code-format", Severity.ERROR),
          Map.entry("code-duplicate", Severity.ERROR),
          Map.entry("code-level-mismatch", Severity.ERROR),
          Map.entry("code-basic-mismatch", Severity.ERROR),
          Map.entry("code-type-mismatch", Severity.ERROR),
          Map.entry("directory-unknown", Severity.ERROR),
          Map.entry("directory-mismatch", Severity.ERROR),
          Map.entry("directory-level-not-allowed", Severity.ERROR),
          Map.entry("promised-exceeds-legal", Severity.ERROR),
          Map.entry("compression-below-floor", Severity.OFF),
          Map.entry("aggregate-compression-below-target", Severity.OFF),
          Map.entry("deadline-unit-mismatch", Severity.WARNING),
          Map.entry("immediate-inconsistent", Severity.ERROR),
          Map.entry("legal-deadline-over-statute", Severity.WARNING),
          Map.entry("legal-deadline-missing", Severity.ERROR),
          Map.entry("special-procedure-unknown", Severity.WARNING),
          Map.entry("special-procedure-uncapped", Severity.WARNING),
          Map.entry("material-duplicate", Severity.ERROR),
          Map.entry("material-vague", Severity.WARNING),
          Map.entry("material-copies-invalid", Severity.ERROR),
          Map.entry("material-template-missing", Severity.ERROR),
          Map.entry("material-ref-unknown", Severity.ERROR),
          Map.entry("material-shared-required", Severity.INFO),
          Map.entry("situation-material-unknown", Severity.ERROR),
          Map.entry("visits-exceed-limit", Severity.OFF),
          Map.entry("visits-reason-missing", Severity.WARNING),
          Map.entry("zero-visits-no-remote-channel", Severity.ERROR),
          Map.entry("online-full-but-visits", Severity.ERROR),
          Map.entry("fee-basis-missing", Severity.ERROR),
          Map.entry("fee-flag-inconsistent", Severity.ERROR),
          Map.entry("prerequisite-unknown", Severity.ERROR),
          Map.entry("prerequisite-cycle", Severity.ERROR),
          Map.entry("bundle-item-unknown", Severity.ERROR),
          Map.entry("bundle-promise-infeasible", Severity.ERROR),
          Map.entry("result-type-mismatch", Severity.WARNING),
          Map.entry("contact-consult-equals-complaint", Severity.WARNING),
          Map.entry("text-mixed-script", Severity.WARNING),
          Map.entry("text-fullwidth-digits", Severity.WARNING),
          Map.entry("text-placeholder", Severity.WARNING),
          Map.entry("suppression-unused", Severity.INFO),
          // beyond the contract's minimum (§7 allows extra rules)
          Map.entry("calendar-invalid", Severity.ERROR),
          Map.entry("schema-remote", Severity.WARNING),
          Map.entry("file-misplaced", Severity.ERROR),
          Map.entry("text-stray-space", Severity.WARNING));

  /** Key prefixes that belong to no rule. */
  private static final Set<String> NON_RULE_PREFIXES =
      Set.of(
          "report", "stats", "due", "error", "change", "diff", "import", "publish", "verify",
          "git");

  static List<RuleDescriptor> rules() {
    return BuiltInRules.descriptors();
  }

  @Test
  void registryIsSortedUniqueAndKebabCase() {
    List<String> ids = rules().stream().map(RuleDescriptor::id).toList();
    assertThat(ids)
        .isSorted()
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
  }

  @Test
  void everyRuleClassIsRegistered() throws Exception {
    java.nio.file.Path classes =
        java.nio.file.Path.of(
            Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> annotated;
    try (var files = Files.walk(classes.resolve("org/svcat/core/rules"))) {
      annotated =
          files
              .map(p -> classes.relativize(p).toString().replace('/', '.').replace('\\', '.'))
              .filter(n -> n.endsWith(".class"))
              .map(n -> n.substring(0, n.length() - ".class".length()))
              .map(RuleMetaTest::load)
              .filter(c -> c.isAnnotationPresent(SvcatRule.class))
              .map(c -> RuleDescriptor.of(c).id())
              .sorted()
              .toList();
    }
    assertThat(rules().stream().map(RuleDescriptor::id).toList()).isEqualTo(annotated);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The engine runs slices of one rule on several threads at once, and may run a rule again on
   * another catalog: a rule keeps no state of a run in a plain field (final, or volatile for state
   * made safe on purpose).
   */
  @Test
  void rulesKeepNoStateInPlainFields() {
    for (Rule rule : BuiltInRules.all()) {
      for (Class<?> c = rule.getClass(); c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          int mods = field.getModifiers();
          assertThat(Modifier.isStatic(mods) || Modifier.isFinal(mods) || Modifier.isVolatile(mods))
              .as("%s.%s", c.getSimpleName(), field.getName())
              .isTrue();
        }
      }
    }
  }

  @Test
  void theContractsRulesAreAllBuilt() {
    assertThat(rules().stream().map(RuleDescriptor::id))
        .containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void defaultSeverityIsTheContracts(RuleDescriptor rule) {
    assertThat(CONTRACT).as("§7 lists every rule id").containsKey(rule.id());
    assertThat(rule.defaultSeverity()).isEqualTo(CONTRACT.get(rule.id()));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void hasADocPageWithBothExamplesAndItsSeverity(RuleDescriptor rule) {
    String doc =
        RuleDocs.find(rule.id())
            .orElseThrow(() -> new AssertionError("docs/rules/" + rule.id() + ".md is missing"));
    assertThat(doc)
        .startsWith("# " + rule.id() + "\n")
        .contains("**Default severity:** " + rule.defaultSeverity().id())
        .contains("## Failing example")
        .contains("## Passing example")
        .contains("```yaml");
    for (String param : rule.params()) {
      assertThat(doc).as("the page documents parameter %s", param).contains("| `" + param + "` |");
    }
  }

  @ParameterizedTest
  @MethodSource("rules")
  void hasMessagesInBothLanguages(RuleDescriptor rule) throws IOException {
    for (Properties bundle : List.of(bundle(""), bundle("_zh"))) {
      assertThat(bundle).containsKey(rule.id() + ".summary");
      assertThat(bundle.stringPropertyNames())
          .anyMatch(k -> k.equals(rule.id() + ".message") || k.startsWith(rule.id() + ".message."));
      assertThat(bundle.stringPropertyNames())
          .anyMatch(k -> k.equals(rule.id() + ".hint") || k.startsWith(rule.id() + ".hint."));
    }
  }

  @ParameterizedTest
  @MethodSource("rules")
  void hasAFailingAndAPassingFixture(RuleDescriptor rule) {
    assertThat(Files.isDirectory(Fixtures.resource("rules").resolve(rule.id()).resolve("fail")))
        .isTrue();
    assertThat(Files.isDirectory(Fixtures.resource("rules").resolve(rule.id()).resolve("pass")))
        .isTrue();
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndNoKeyBelongsToAnUnknownRule() throws IOException {
    Set<String> en = bundle("").stringPropertyNames();
    Set<String> zh = bundle("_zh").stringPropertyNames();
    assertThat(zh).isEqualTo(en);
    Set<String> owners =
        rules().stream().map(RuleDescriptor::id).collect(Collectors.toCollection(HashSet::new));
    owners.addAll(NON_RULE_PREFIXES);
    assertThat(en)
        .allMatch(
            key -> owners.contains(key.substring(0, key.indexOf('.'))), "key owned by a rule");
  }

  @Test
  void noMessageKeyIsUnused() throws IOException {
    StringBuilder sources = new StringBuilder();
    try (var files = Files.walk(Fixtures.repositoryRoot().resolve("core/src/main/java"))) {
      for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.append(Files.readString(f));
      }
    }
    String code = sources.toString();
    Set<String> ids = rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
    for (String key : bundle("").stringPropertyNames()) {
      String[] parts = key.split("\\.", 3);
      boolean ruleKey =
          ids.contains(parts[0])
              && parts.length >= 2
              && Set.of("summary", "message", "hint").contains(parts[1]);
      boolean used;
      if (ruleKey && parts.length == 2) {
        used = true;
      } else if (ruleKey) {
        used = code.contains("\"" + parts[2] + "\"") || code.contains("\"" + key + "\"");
      } else {
        String prefix = key.substring(0, key.lastIndexOf('.') + 1);
        used = code.contains("\"" + key + "\"") || code.contains("\"" + prefix + "\"");
      }
      assertThat(used).as("message key %s is used somewhere in core", key).isTrue();
    }
  }

  @Test
  void everyDocPageBelongsToARule() throws IOException {
    Set<String> ids = rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
    try (var pages = Files.list(Fixtures.repositoryRoot().resolve("docs/rules"))) {
      assertThat(pages.map(p -> p.getFileName().toString().replace(".md", "")).toList())
          .allMatch(ids::contains, "a rule id");
    }
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        RuleMetaTest.class.getResourceAsStream(
            "/org/svcat/core/messages" + suffix + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
