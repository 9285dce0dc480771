package org.svcat.cli.commands;

import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.finding.Messages;
import org.svcat.core.rules.BuiltInRules;
import org.svcat.core.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code svcat rules}: every rule with its default severity and summary. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {"List the rules with their default severity.", "列出全部规则及其默认级别。"})
public final class RulesCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public RulesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Messages messages = Messages.forLanguage(console.language(lang == null ? null : lang.name()));
    int width = BuiltInRules.descriptors().stream().mapToInt(d -> d.id().length()).max().orElse(10);
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      console
          .out()
          .printf(
              "%-" + width + "s  %-7s  %s%n",
              d.id(),
              d.defaultSeverity().id(),
              messages.format(d.id() + ".summary"));
    }
    console.out().flush();
    return ExitCode.OK;
  }
}
