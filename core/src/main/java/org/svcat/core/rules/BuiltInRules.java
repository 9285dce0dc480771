package org.svcat.core.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.svcat.core.rules.code.CodeBasicMismatchRule;
import org.svcat.core.rules.code.CodeDuplicateRule;
import org.svcat.core.rules.code.CodeFormatRule;
import org.svcat.core.rules.code.CodeLevelMismatchRule;
import org.svcat.core.rules.code.CodeTypeMismatchRule;
import org.svcat.core.rules.deadline.ImmediateInconsistentRule;
import org.svcat.core.rules.deadline.LegalDeadlineMissingRule;
import org.svcat.core.rules.deadline.PromisedExceedsLegalRule;
import org.svcat.core.rules.directory.DirectoryLevelNotAllowedRule;
import org.svcat.core.rules.directory.DirectoryMismatchRule;
import org.svcat.core.rules.directory.DirectoryUnknownRule;
import org.svcat.core.rules.file.SchemaRule;
import org.svcat.core.rules.file.YamlSyntaxRule;

/** The explicit registry of built-in rules, sorted by id. Add a new rule here. */
public final class BuiltInRules {
  private static final List<Supplier<Rule>> SUPPLIERS =
      List.of(
          CodeBasicMismatchRule::new,
          CodeDuplicateRule::new,
          CodeFormatRule::new,
          CodeLevelMismatchRule::new,
          CodeTypeMismatchRule::new,
          DirectoryLevelNotAllowedRule::new,
          DirectoryMismatchRule::new,
          DirectoryUnknownRule::new,
          ImmediateInconsistentRule::new,
          LegalDeadlineMissingRule::new,
          PromisedExceedsLegalRule::new,
          SchemaRule::new,
          YamlSyntaxRule::new);

  private BuiltInRules() {}

  /** A fresh instance of every built-in rule, sorted by id. */
  public static List<Rule> all() {
    return SUPPLIERS.stream()
        .map(Supplier::get)
        .sorted(Comparator.comparing(r -> r.descriptor().id()))
        .toList();
  }

  /** The declarations of every built-in rule, sorted by id. */
  public static List<RuleDescriptor> descriptors() {
    return all().stream().map(Rule::descriptor).toList();
  }

  /** The declaration of the rule with {@code id} (or with {@code id} as an alias). */
  public static Optional<RuleDescriptor> find(String id) {
    return descriptors().stream()
        .filter(d -> d.id().equals(id) || d.aliases().contains(id))
        .findFirst();
  }
}
