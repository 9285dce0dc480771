package org.svcat.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.svcat.core.finding.Finding;

/**
 * Test helpers: test resources as paths, fixture catalogs laid over the base, expectation markers.
 */
public final class Fixtures {
  /** {@code # expect: rule-id[, rule-id...]} at the end of the line where a finding must stand. */
  private static final Pattern EXPECT =
      Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

  private Fixtures() {}

  /** A test resource folder or file as a path. */
  public static Path resource(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The repository's top-level folder (the parent of core/). */
  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("schemas"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("repository root not found");
    }
    return dir;
  }

  /**
   * A new temporary catalog: the base fixture catalog with {@code overlay}'s files laid over it.
   */
  public static Path catalogWith(Path overlay, Path tempDir) {
    copyTree(resource("fixtures/base"), tempDir);
    if (overlay != null) {
      copyTree(overlay, tempDir);
    }
    return tempDir;
  }

  /** Copies every file under {@code from} into {@code to}, replacing files of the same path. */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code file:line: rule} expectations written as markers in the YAML files of {@code dir}.
   */
  public static List<String> expectations(Path dir) {
    List<String> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .sorted()
              .toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECT.matcher(lines.get(i));
          if (m.find()) {
            for (String rule : m.group(1).split("\\s*,\\s*")) {
              expected.add(key(dir.relativize(file).toString().replace('\\', '/'), i + 1, rule));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected.stream().sorted().toList();
  }

  /** The same {@code file:line: rule} form for actual findings. */
  public static List<String> actual(List<Finding> findings) {
    return findings.stream().map(f -> key(f.file(), f.line(), f.rule())).sorted().toList();
  }

  private static String key(String file, int line, String rule) {
    return file + ":" + line + ": " + rule;
  }
}
