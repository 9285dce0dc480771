package org.svcat.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.svcat.core.baseline.Baseline;
import org.svcat.core.diff.ChangeType;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.NearestName;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.LoadResult;
import org.svcat.core.model.Exemption;
import org.svcat.core.model.Item;
import org.svcat.core.model.Policy;
import org.svcat.core.model.RuleSetting;
import org.svcat.core.model.Suppression;

/**
 * Runs rules over a loaded catalog and applies the policy: effective severity per rule (the
 * policy's, else the rule's default), rules turned off, policy exemptions, per-item suppressions
 * and the baseline. The loader's findings go through the same policy as the rules'. Stale
 * suppressions, exemptions and baseline entries are reported as {@code suppression-unused}.
 */
public final class RuleEngine {
  private static final String SCHEMA = "schema";
  private static final String UNUSED = "suppression-unused";

  /** Records per task of a {@link RecordRule}. */
  private static final int SLICE = 1024;

  private final List<Rule> rules;
  private final int slice;

  public RuleEngine(List<Rule> rules) {
    this(rules, SLICE);
  }

  /** An engine that hands out the records of a {@link RecordRule} {@code slice} at a time. */
  RuleEngine(List<Rule> rules, int slice) {
    this.rules = List.copyOf(rules);
    this.slice = slice;
  }

  /** An engine with every built-in rule. */
  public static RuleEngine builtIn() {
    return new RuleEngine(BuiltInRules.all());
  }

  /**
   * The outcome of a run: findings that stand (sorted), how many were suppressed in all, the
   * findings the baseline accepted, and how many findings items' suppressions and the policy's
   * exemptions took, by the file of the item (the baseline's are {@code baselined}).
   */
  public record Outcome(
      List<Finding> findings,
      int suppressed,
      List<Finding> baselined,
      Map<String, Integer> suppressedByFile) {
    public Outcome {
      findings = List.copyOf(findings);
      baselined = List.copyOf(baselined);
      suppressedByFile = Map.copyOf(suppressedByFile);
    }
  }

  /** Runs every rule the catalog's policy does not turn off; no baseline. */
  public Outcome run(LoadResult load, Messages messages) {
    return run(load, messages, null, null);
  }

  /**
   * The findings of {@code active}, in rule order. The work runs on every core as tasks: a whole
   * rule, or a slice of a {@link RecordRule}'s records (1,024 by default). Whole rules start first,
   * then the slices, slice by slice across the rules, so that the cores finish together (with a
   * task per rule, the longest rules would end a large run on one core) and tasks that run at the
   * same time read the same records.
   */
  private List<Finding> inParallel(List<Rule> active, Contexts contexts) {
    List<List<FutureTask<List<Finding>>>> byRule = new ArrayList<>();
    List<FutureTask<List<Finding>>> order = new ArrayList<>();
    int slices = 0;
    for (Rule rule : active) {
      String id = rule.descriptor().id();
      boolean sliced = rule instanceof RecordRule<?>;
      List<FutureTask<List<Finding>>> tasks =
          sliced
              ? slices((RecordRule<?>) rule, id, contexts)
              : List.of(new FutureTask<>(() -> findings(id, contexts, rule::check)));
      byRule.add(tasks);
      if (!sliced) {
        order.addAll(tasks);
      }
      slices = Math.max(slices, tasks.size());
    }
    for (int slice = 0; slice < slices; slice++) {
      for (int i = 0; i < active.size(); i++) {
        if (active.get(i) instanceof RecordRule<?> && slice < byRule.get(i).size()) {
          order.add(byRule.get(i).get(slice));
        }
      }
    }
    int threads = Math.max(1, Math.min(order.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "svcat-rules");
              thread.setDaemon(true);
              return thread;
            });
    try {
      order.forEach(pool::execute);
      List<Finding> all = new ArrayList<>();
      for (List<FutureTask<List<Finding>>> tasks : byRule) {
        for (FutureTask<List<Finding>> task : tasks) {
          all.addAll(task.get());
        }
      }
      return all;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the rules", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The tasks that check {@code rule}'s records, one per slice, in order. */
  private <T> List<FutureTask<List<Finding>>> slices(
      RecordRule<T> rule, String id, Contexts contexts) {
    List<? extends T> records = rule.records(contexts.index().catalog());
    List<FutureTask<List<Finding>>> tasks = new ArrayList<>();
    for (int from = 0; from < records.size(); from += slice) {
      List<? extends T> part =
          records.subList(from, (int) Math.min(records.size(), (long) from + slice));
      tasks.add(new FutureTask<>(() -> findings(id, contexts, c -> rule.checkAll(part, c))));
    }
    return tasks;
  }

  /** What {@code work} reports with a context of rule {@code id}. */
  private static List<Finding> findings(String id, Contexts contexts, Consumer<RuleContext> work) {
    List<Finding> sink = new ArrayList<>();
    work.accept(contexts.of(id, sink));
    return sink;
  }

  /**
   * Runs every rule the catalog's policy does not turn off, then drops what {@code baseline}
   * accepts (when not null; {@code baselinePath} names it in findings).
   */
  public Outcome run(LoadResult load, Messages messages, Baseline baseline, String baselinePath) {
    Policy policy = load.catalog().policy();
    CatalogIndex index = new CatalogIndex(load);
    Map<String, RuleDescriptor> descriptors = new HashMap<>();
    Map<String, Severity> severities = new HashMap<>();
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      descriptors.put(d.id(), d);
      severities.put(d.id(), effectiveSeverity(d, policy));
    }
    Suppressions suppressions = new Suppressions(index, policy);
    Contexts contexts =
        new Contexts(index, descriptors, severities, policy, messages, suppressions);

    List<Finding> raw =
        inParallel(
            rules.stream()
                .filter(rule -> severities.get(rule.descriptor().id()) != Severity.OFF)
                .toList(),
            contexts);
    for (Finding f : load.findings()) {
      Severity s = severities.getOrDefault(f.rule(), f.severity());
      if (s != Severity.OFF) {
        raw.add(f.withSeverity(s));
      }
    }
    Map<String, RuleDescriptor> byName = new HashMap<>(descriptors);
    descriptors.values().forEach(d -> d.aliases().forEach(a -> byName.put(a, d)));
    if (contexts.severity(SCHEMA) != Severity.OFF) {
      checkNames(policy, byName, descriptors.keySet(), contexts.of(SCHEMA, raw));
    }

    List<Finding> kept = new ArrayList<>();
    int suppressed = applySuppressions(load, policy, suppressions, raw, kept, contexts, byName);
    List<Finding> baselined = List.of();
    if (baseline != null) {
      Baseline.Outcome outcome = baseline.apply(kept);
      baselined = outcome.baselined();
      kept = new ArrayList<>(outcome.kept());
      suppressed += outcome.suppressed();
      RuleContext unused = contexts.of(UNUSED, kept);
      for (Baseline.Unused u :
          contexts.severity(UNUSED) == Severity.OFF
              ? List.<Baseline.Unused>of()
              : outcome.unused()) {
        unused.reportAtLine(baselinePath, u.line(), "baseline", u.entry().rule(), u.entry().file());
      }
    }
    kept.sort(null);
    return new Outcome(kept, suppressed, baselined, suppressions.countsByFile());
  }

  /**
   * Moves findings not suppressed or exempted to {@code kept} (the rules' own findings were asked
   * about as they were reported); reports stale entries, an item's suppression of a rule not in
   * {@code rules} with the nearest name, but not the policy's exemptions from one ({@link
   * #checkNames} reports those); returns how many were suppressed.
   */
  private static int applySuppressions(
      LoadResult load,
      Policy policy,
      Suppressions suppressions,
      List<Finding> raw,
      List<Finding> kept,
      Contexts contexts,
      Map<String, RuleDescriptor> rules) {
    for (Finding f : raw) {
      if (!suppressions.absorb(f.rule(), f.item())) {
        kept.add(f);
      }
    }
    if (contexts.severity(UNUSED) == Severity.OFF) {
      return suppressions.count();
    }
    RuleContext unused = contexts.of(UNUSED, kept);
    for (Item item : load.catalog().items()) {
      for (int i = 0; i < item.suppress().size(); i++) {
        Suppression s = item.suppress().get(i);
        if (suppressions.used(s)) {
          continue;
        }
        String pointer = "/suppress/" + i;
        if (rules.containsKey(s.rule())) {
          unused.reportVariant(item, pointer, "suppress", s.rule());
        } else {
          unknownName(
              unused,
              item,
              pointer,
              "unknown",
              "unknown-near",
              s.rule(),
              contexts.descriptors().keySet());
        }
      }
    }
    for (int i = 0; i < policy.exemptions().size(); i++) {
      Exemption e = policy.exemptions().get(i);
      if (!suppressions.used(e) && rules.containsKey(e.rule())) {
        unused.reportVariant(policy, "/exemptions/" + i, "exemption", e.rule());
      }
    }
    return suppressions.count();
  }

  /**
   * Reports names in the policy that name nothing, with the nearest one when there is one: rules in
   * its settings and exemptions, parameters no rule takes, and changes in its levels (a misspelt
   * one left the change at its default level, silently).
   */
  private static void checkNames(
      Policy policy, Map<String, RuleDescriptor> byName, Set<String> ids, RuleContext schema) {
    for (Map.Entry<String, RuleSetting> e : policy.rules().entrySet()) {
      RuleDescriptor d = byName.get(e.getKey());
      String pointer = "/rules/" + e.getKey();
      if (d == null) {
        unknownName(schema, policy, pointer, "unknown-rule", "unknown-rule-near", e.getKey(), ids);
        continue;
      }
      for (String param : e.getValue().params().keySet()) {
        if (!d.params().contains(param)) {
          schema.reportVariant(
              policy,
              pointer + "/" + param,
              "unknown-param",
              param,
              d.id(),
              d.params().isEmpty() ? "—" : String.join(", ", d.params()));
        }
      }
    }
    for (int i = 0; i < policy.exemptions().size(); i++) {
      String rule = policy.exemptions().get(i).rule();
      if (!byName.containsKey(rule)) {
        unknownName(
            schema,
            policy,
            "/exemptions/" + i + "/rule",
            "unknown-rule",
            "unknown-rule-near",
            rule,
            ids);
      }
    }
    Set<String> changes = new TreeSet<>();
    for (ChangeType type : ChangeType.values()) {
      changes.add(type.id());
    }
    for (String change : policy.changes().keySet()) {
      if (!changes.contains(change)) {
        unknownName(
            schema,
            policy,
            "/changes/" + change,
            "unknown-change",
            "unknown-change-near",
            change,
            changes);
      }
    }
  }

  /**
   * Reports {@code name}, which is none of {@code names}, with the message variant {@code near} and
   * the nearest of them when one is near, else with {@code variant} and all of them in order (which
   * that message may list).
   */
  private static void unknownName(
      RuleContext context,
      Object record,
      String pointer,
      String variant,
      String near,
      String name,
      Set<String> names) {
    NearestName.of(name, names)
        .ifPresentOrElse(
            nearest -> context.reportVariant(record, pointer, near, name, nearest),
            () ->
                context.reportVariant(
                    record, pointer, variant, name, String.join(", ", new TreeSet<>(names))));
  }

  /** Builds the context of one rule. */
  private record Contexts(
      CatalogIndex index,
      Map<String, RuleDescriptor> descriptors,
      Map<String, Severity> severities,
      Policy policy,
      Messages messages,
      Suppressions suppressions) {
    Severity severity(String id) {
      return severities.getOrDefault(id, Severity.OFF);
    }

    RuleContext of(String id, List<Finding> sink) {
      RuleDescriptor d = descriptors.get(id);
      RuleSetting setting = policy.setting(id).orElse(new RuleSetting(null, Map.of()));
      for (String alias : d.aliases()) {
        setting = policy.setting(alias).map(setting::overlay).orElse(setting);
      }
      // stale-suppression findings are reported after suppressing and cannot be suppressed
      return new RuleContext(
          index, d, severity(id), setting, messages, sink, UNUSED.equals(id) ? null : suppressions);
    }
  }

  /** The policy's severity for the rule (by id or alias), else its declared default. */
  public static Severity effectiveSeverity(RuleDescriptor rule, Policy policy) {
    RuleSetting setting = policy.rules().get(rule.id());
    if (setting == null) {
      for (String alias : rule.aliases()) {
        setting = policy.rules().get(alias);
        if (setting != null) {
          break;
        }
      }
    }
    Severity s = setting == null ? null : setting.severity();
    return s != null ? s : rule.defaultSeverity();
  }
}
