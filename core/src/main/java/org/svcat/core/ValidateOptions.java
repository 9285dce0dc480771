package org.svcat.core;

import java.nio.file.Path;
import org.svcat.core.yaml.YamlLimits;

/**
 * Options of a validation.
 *
 * @param language {@code zh} or {@code en}: the language of messages
 * @param policy a policy file to use instead of the catalog's own, or null
 * @param limits bounds on file size, nesting depth and scalar length
 * @param baseline a baseline file whose entries are accepted findings, or null
 * @param progress told as files are read (a progress bar); {@link Progress#NONE} by default
 * @param sourceDigests whether loading keeps the sha256 of every file it reads ({@link
 *     org.svcat.core.load.SourceFile#sha256}), as a release's manifest needs; off by default
 */
public record ValidateOptions(
    String language,
    Path policy,
    YamlLimits limits,
    Path baseline,
    Progress progress,
    boolean sourceDigests) {
  /** Chinese messages, the catalog's own policy, default limits, no baseline. */
  public static final ValidateOptions DEFAULT =
      new ValidateOptions("zh", null, YamlLimits.DEFAULT, null, Progress.NONE, false);

  /** Options without source digests. */
  public ValidateOptions(
      String language, Path policy, YamlLimits limits, Path baseline, Progress progress) {
    this(language, policy, limits, baseline, progress, false);
  }

  public ValidateOptions {
    if (language == null) {
      language = "zh";
    }
    if (limits == null) {
      limits = YamlLimits.DEFAULT;
    }
    if (progress == null) {
      progress = Progress.NONE;
    }
  }

  /** These options with messages in {@code newLanguage}. */
  public ValidateOptions withLanguage(String newLanguage) {
    return new ValidateOptions(newLanguage, policy, limits, baseline, progress, sourceDigests);
  }

  /** These options with {@code newPolicy} used instead of the catalog's policy file. */
  public ValidateOptions withPolicy(Path newPolicy) {
    return new ValidateOptions(language, newPolicy, limits, baseline, progress, sourceDigests);
  }

  /** These options with {@code newBaseline}'s entries accepted. */
  public ValidateOptions withBaseline(Path newBaseline) {
    return new ValidateOptions(language, policy, limits, newBaseline, progress, sourceDigests);
  }

  /** These options with other limits. */
  public ValidateOptions withLimits(YamlLimits newLimits) {
    return new ValidateOptions(language, policy, newLimits, baseline, progress, sourceDigests);
  }

  /** These options with {@code newProgress} told as files are read. */
  public ValidateOptions withProgress(Progress newProgress) {
    return new ValidateOptions(language, policy, limits, baseline, newProgress, sourceDigests);
  }

  /** These options with the sha256 of every file read kept, or not. */
  public ValidateOptions withSourceDigests(boolean keep) {
    return new ValidateOptions(language, policy, limits, baseline, progress, keep);
  }
}
