package org.svcat.core.yaml;

/**
 * Bounds that keep a hostile file from hanging or exhausting svcat: file size in bytes, nesting
 * depth of collections, and length of one scalar in characters.
 */
public record YamlLimits(long maxFileBytes, int maxDepth, int maxScalarChars) {
  /** 8 MiB per file, 64 levels of nesting, 65,536 characters per scalar. */
  public static final YamlLimits DEFAULT = new YamlLimits(8L * 1024 * 1024, 64, 65_536);
}
