package org.svcat.core.load;

import org.svcat.core.yaml.SourceMap;

/**
 * A file of the catalog: its path relative to the catalog directory (with {@code /} separators) and
 * where each of its values stands.
 */
public record SourceFile(String path, SourceMap sourceMap) {}
