package org.svcat.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.NearestName;
import org.svcat.core.rules.BuiltInRules;
import org.svcat.core.rules.RuleDescriptor;
import org.svcat.core.rules.RuleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat explain ID}: the doc page of one rule. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {"Print the documentation of a rule.", "显示一条规则的说明。"})
public final class ExplainCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "ID", description = "Rule id, e.g. promised-exceeds-legal / 规则编号")
  String id;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "${COMPLETION-CANDIDATES}; the page itself is in both languages")
  Language lang;

  public ExplainCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    RuleDescriptor rule = BuiltInRules.find(id).orElseThrow(this::unknown);
    console.out().print(RuleDocs.page(rule.id()));
    console.out().flush();
    return ExitCode.OK;
  }

  /** An id that names no rule, with the nearest one when it is near. */
  private UsageException unknown() {
    Messages messages = Console.messages(console.language(lang == null ? null : lang.name()));
    List<String> ids = BuiltInRules.descriptors().stream().map(RuleDescriptor::id).toList();
    return new UsageException(
        NearestName.of(id, ids)
            .map(near -> messages.format("error.unknown-rule-near", id, near))
            .orElseGet(() -> messages.format("error.unknown-rule", id)));
  }
}
