package org.svcat.core.rules.file;

import org.svcat.core.finding.Severity;
import org.svcat.core.rules.PassiveRule;
import org.svcat.core.rules.SvcatRule;

/**
 * A file does not match its JSON Schema: wrong type (including codes written as unquoted digits),
 * missing key, unknown key, value not in its code list. Reported by the loader ({@link
 * org.svcat.core.schema.SchemaValidator}).
 */
@SvcatRule(id = "schema", severity = Severity.ERROR)
public final class SchemaRule extends PassiveRule {}
