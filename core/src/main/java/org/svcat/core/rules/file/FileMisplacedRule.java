package org.svcat.core.rules.file;

import org.svcat.core.finding.Severity;
import org.svcat.core.rules.PassiveRule;
import org.svcat.core.rules.SvcatRule;

/**
 * A catalog file in a place svcat does not read, so that nothing checks, counts or publishes it: a
 * top file named as one svcat reads but for its extension or case ({@code policy.yml}), an item,
 * directory entry or bundle at the top instead of in its folder, or any YAML file in a top folder
 * named nearly as one of svcat's ({@code item/}, {@code itmes/}). Reported by the loader ({@code
 * MisplacedFiles}).
 */
@SvcatRule(id = "file-misplaced", severity = Severity.ERROR)
public final class FileMisplacedRule extends PassiveRule {}
