package org.svcat.cli.commands;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The optional catalog directory argument of commands that read one catalog (a picocli mixin). */
final class CatalogDirArgument {
  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "Catalog directory (default: ./catalog, else the catalog the current folder is in)")
  Path dir;

  /** The directory given, else the default ({@link CatalogDirs#resolve}). */
  Path resolve(String language) {
    return CatalogDirs.resolve(dir, language);
  }
}
