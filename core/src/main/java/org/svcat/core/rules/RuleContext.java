package org.svcat.core.rules;

import java.util.List;
import java.util.function.Supplier;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.SourceFile;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;
import org.svcat.core.model.RuleSetting;
import org.svcat.core.yaml.SourceMap;

/**
 * What a rule sees while it runs: the catalog and its index, its own parameters from the policy,
 * and a way to report findings located by model record and JSON pointer. Messages come from the
 * keys {@code <id>.message[.<variant>]} and {@code <id>.hint[.<variant>]}.
 */
public final class RuleContext {
  private final CatalogIndex index;
  private final RuleDescriptor rule;
  private final Severity severity;
  private final RuleSetting setting;
  private final Messages messages;
  private final List<Finding> sink;
  private final Suppressions suppressions;

  RuleContext(
      CatalogIndex index,
      RuleDescriptor rule,
      Severity severity,
      RuleSetting setting,
      Messages messages,
      List<Finding> sink,
      Suppressions suppressions) {
    this.index = index;
    this.rule = rule;
    this.severity = severity;
    this.setting = setting;
    this.messages = messages;
    this.sink = sink;
    this.suppressions = suppressions;
  }

  public Catalog catalog() {
    return index.catalog();
  }

  public CatalogIndex index() {
    return index;
  }

  /** A numeric parameter of this rule from the policy, or {@code defaultValue}. */
  public double param(String name, double defaultValue) {
    Object value = setting.params().get(name);
    return value instanceof Number n ? n.doubleValue() : defaultValue;
  }

  /** A list parameter of this rule from the policy (strings), or an empty list. */
  public java.util.List<String> listParam(String name) {
    Object value = setting.params().get(name);
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return java.util.List.of();
  }

  /** Reports a finding at {@code pointer} inside the file {@code record} came from. */
  public void report(Object record, String pointer, Object... args) {
    reportVariant(record, pointer, null, args);
  }

  /**
   * Like {@link #report}, with the message's arguments worked out only when the finding is kept,
   * not suppressed: for arguments that cost something to format, of findings often suppressed.
   */
  public void reportLazily(Object record, String pointer, Supplier<Object[]> args) {
    add(record, pointer, null, args);
  }

  /** Like {@link #report}, with the message variant {@code <id>.message.<variant>}. */
  public void reportVariant(Object record, String pointer, String variant, Object... args) {
    add(record, pointer, variant, () -> args);
  }

  private void add(Object record, String pointer, String variant, Supplier<Object[]> args) {
    String item = itemOf(record);
    if (suppressions != null && suppressions.absorb(rule.id(), item)) {
      return;
    }
    SourceFile file = index.origin(record);
    String path = file == null ? "catalog.yaml" : file.path();
    SourceMap.Position at =
        file == null ? new SourceMap.Position(1, 1) : file.sourceMap().locate(pointer);
    sink.add(finding(path, at, pointer, item, variant, args.get()));
  }

  /** Reports a finding at a known line of a file outside the catalog model (a baseline entry). */
  public void reportAtLine(String path, int line, String variant, Object... args) {
    sink.add(finding(path, new SourceMap.Position(line, 1), "", null, variant, args));
  }

  private Finding finding(
      String path,
      SourceMap.Position at,
      String pointer,
      String item,
      String variant,
      Object... args) {
    String suffix = variant == null ? "" : "." + variant;
    String messageKey = rule.id() + ".message" + suffix;
    String hintKey =
        messages.has(rule.id() + ".hint" + suffix)
            ? rule.id() + ".hint" + suffix
            : rule.id() + ".hint";
    return new Finding(
        rule.id(),
        severity,
        path,
        at.line(),
        at.column(),
        pointer,
        item,
        messages.format(messageKey, args),
        messages.has(hintKey) ? messages.format(hintKey, args) : "");
  }

  private static String itemOf(Object record) {
    if (record instanceof Item i) {
      return i.code();
    }
    if (record instanceof DirectoryEntry e) {
      return e.basicCode();
    }
    if (record instanceof Bundle b) {
      return b.id();
    }
    return null;
  }
}
