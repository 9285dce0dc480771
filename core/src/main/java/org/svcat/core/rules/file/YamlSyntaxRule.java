package org.svcat.core.rules.file;

import org.svcat.core.finding.Severity;
import org.svcat.core.rules.PassiveRule;
import org.svcat.core.rules.SvcatRule;

/**
 * A file is not well-formed YAML or breaks the strict YAML rules: duplicate keys, anchors and
 * aliases, merge keys, explicit tags, several documents, invalid UTF-8, size, depth and scalar
 * limits. Reported by the loader ({@link org.svcat.core.yaml.StrictYamlReader}).
 */
@SvcatRule(id = "yaml-syntax", severity = Severity.ERROR)
public final class YamlSyntaxRule extends PassiveRule {}
