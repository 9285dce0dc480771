package org.svcat.core.rules.file;

import org.svcat.core.finding.Severity;
import org.svcat.core.rules.PassiveRule;
import org.svcat.core.rules.SvcatRule;

/**
 * A file's editor modeline names its JSON Schema by a URL (http, https, file...) other than svcat's
 * own {@code https://svcat.org/schemas/}. svcat never fetches schemas: it checks the file against
 * its bundled schema and reports the URL so that editors and svcat agree. Reported by the loader.
 */
@SvcatRule(id = "schema-remote", severity = Severity.WARNING)
public final class SchemaRemoteRule extends PassiveRule {}
