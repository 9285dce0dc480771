package org.svcat.core.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.svcat.core.rules.bundle.BundleItemUnknownRule;
import org.svcat.core.rules.bundle.BundlePromiseInfeasibleRule;
import org.svcat.core.rules.calendar.CalendarInvalidRule;
import org.svcat.core.rules.code.CodeBasicMismatchRule;
import org.svcat.core.rules.code.CodeDuplicateRule;
import org.svcat.core.rules.code.CodeFormatRule;
import org.svcat.core.rules.code.CodeLevelMismatchRule;
import org.svcat.core.rules.code.CodeTypeMismatchRule;
import org.svcat.core.rules.contact.ContactConsultEqualsComplaintRule;
import org.svcat.core.rules.deadline.AggregateCompressionBelowTargetRule;
import org.svcat.core.rules.deadline.CompressionBelowFloorRule;
import org.svcat.core.rules.deadline.DeadlineUnitMismatchRule;
import org.svcat.core.rules.deadline.ImmediateInconsistentRule;
import org.svcat.core.rules.deadline.LegalDeadlineMissingRule;
import org.svcat.core.rules.deadline.LegalDeadlineOverStatuteRule;
import org.svcat.core.rules.deadline.PromisedExceedsLegalRule;
import org.svcat.core.rules.deadline.SpecialProcedureUncappedRule;
import org.svcat.core.rules.deadline.SpecialProcedureUnknownRule;
import org.svcat.core.rules.directory.DirectoryLevelNotAllowedRule;
import org.svcat.core.rules.directory.DirectoryMismatchRule;
import org.svcat.core.rules.directory.DirectoryUnknownRule;
import org.svcat.core.rules.fee.FeeBasisMissingRule;
import org.svcat.core.rules.fee.FeeFlagInconsistentRule;
import org.svcat.core.rules.file.FileMisplacedRule;
import org.svcat.core.rules.file.SchemaRemoteRule;
import org.svcat.core.rules.file.SchemaRule;
import org.svcat.core.rules.file.SuppressionUnusedRule;
import org.svcat.core.rules.file.YamlSyntaxRule;
import org.svcat.core.rules.material.MaterialCopiesInvalidRule;
import org.svcat.core.rules.material.MaterialDuplicateRule;
import org.svcat.core.rules.material.MaterialRefUnknownRule;
import org.svcat.core.rules.material.MaterialSharedRequiredRule;
import org.svcat.core.rules.material.MaterialTemplateMissingRule;
import org.svcat.core.rules.material.MaterialVagueRule;
import org.svcat.core.rules.material.SituationMaterialUnknownRule;
import org.svcat.core.rules.prerequisite.PrerequisiteCycleRule;
import org.svcat.core.rules.prerequisite.PrerequisiteUnknownRule;
import org.svcat.core.rules.result.ResultTypeMismatchRule;
import org.svcat.core.rules.text.TextFullwidthDigitsRule;
import org.svcat.core.rules.text.TextMixedScriptRule;
import org.svcat.core.rules.text.TextPlaceholderRule;
import org.svcat.core.rules.text.TextStraySpaceRule;
import org.svcat.core.rules.visit.OnlineFullButVisitsRule;
import org.svcat.core.rules.visit.VisitsExceedLimitRule;
import org.svcat.core.rules.visit.VisitsReasonMissingRule;
import org.svcat.core.rules.visit.ZeroVisitsNoRemoteChannelRule;

/** The explicit registry of built-in rules, sorted by id. Add a new rule here. */
public final class BuiltInRules {
  private static final List<Supplier<Rule>> SUPPLIERS =
      List.of(
          AggregateCompressionBelowTargetRule::new,
          BundleItemUnknownRule::new,
          BundlePromiseInfeasibleRule::new,
          CalendarInvalidRule::new,
          CodeBasicMismatchRule::new,
          CodeDuplicateRule::new,
          CodeFormatRule::new,
          CodeLevelMismatchRule::new,
          CodeTypeMismatchRule::new,
          CompressionBelowFloorRule::new,
          ContactConsultEqualsComplaintRule::new,
          DeadlineUnitMismatchRule::new,
          DirectoryLevelNotAllowedRule::new,
          DirectoryMismatchRule::new,
          DirectoryUnknownRule::new,
          FeeBasisMissingRule::new,
          FeeFlagInconsistentRule::new,
          FileMisplacedRule::new,
          ImmediateInconsistentRule::new,
          LegalDeadlineMissingRule::new,
          LegalDeadlineOverStatuteRule::new,
          MaterialCopiesInvalidRule::new,
          MaterialDuplicateRule::new,
          MaterialRefUnknownRule::new,
          MaterialSharedRequiredRule::new,
          MaterialTemplateMissingRule::new,
          MaterialVagueRule::new,
          OnlineFullButVisitsRule::new,
          PrerequisiteCycleRule::new,
          PrerequisiteUnknownRule::new,
          PromisedExceedsLegalRule::new,
          ResultTypeMismatchRule::new,
          SchemaRemoteRule::new,
          SchemaRule::new,
          SituationMaterialUnknownRule::new,
          SpecialProcedureUncappedRule::new,
          SpecialProcedureUnknownRule::new,
          SuppressionUnusedRule::new,
          TextFullwidthDigitsRule::new,
          TextMixedScriptRule::new,
          TextPlaceholderRule::new,
          TextStraySpaceRule::new,
          VisitsExceedLimitRule::new,
          VisitsReasonMissingRule::new,
          YamlSyntaxRule::new,
          ZeroVisitsNoRemoteChannelRule::new);

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
