package org.svcat.core.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.svcat.core.finding.Severity;

/**
 * Declares a rule: its stable id (never changes; a renamed rule keeps its old id in {@link
 * #aliases()}), and its default severity under the {@code national} profile ({@link Severity#OFF}
 * for rules only stricter policies enable). Messages live under {@code <id>.*} in
 * messages.properties; the doc page is {@code docs/rules/<id>.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SvcatRule {
  String id();

  Severity severity();

  String[] aliases() default {};

  /** The names of the parameters a policy may set for this rule (documented on its page). */
  String[] params() default {};
}
