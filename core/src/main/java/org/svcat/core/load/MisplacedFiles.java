package org.svcat.core.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.StrictYamlReader;
import org.svcat.core.yaml.YamlLimits;
import tools.jackson.databind.JsonNode;

/**
 * Catalog files in places svcat does not read (rule {@code file-misplaced}), which would otherwise
 * be left out without a word: checked, counted and published by nobody. Only what is plainly meant
 * for the catalog is reported, so that a catalog at the root of a repository may keep other YAML (a
 * site's or a tool's configuration, hidden folders such as {@code .github}):
 *
 * <ul>
 *   <li>a file at the top named as one svcat reads but for its extension or case ({@code
 *       policy.yml}, {@code Materials.yaml});
 *   <li>a file at the top that holds an item, a directory entry or a bundle, which svcat reads only
 *       in their folders;
 *   <li>every YAML file in a top folder named nearly as one of svcat's ({@code item/}, {@code
 *       itmes/}, {@code Bundles/}).
 * </ul>
 */
final class MisplacedFiles {
  static final String RULE = "file-misplaced";

  /** The folders whose YAML files svcat reads. */
  private static final Set<String> READ = CatalogLoader.FOLDERS.keySet();

  /** The other folders of the layout, which hold files of any kind. */
  private static final Set<String> OTHERS = Set.of("forms", "schemas");

  /** The names of the files svcat reads at the top, without their extension. */
  private static final List<String> TOP = List.of("catalog", "materials", "policy");

  private final Path dir;
  private final String policyFile;
  private final StrictYamlReader reader;
  private final YamlLimits limits;
  private final Messages messages;
  private final List<Finding> findings = new ArrayList<>();

  private MisplacedFiles(
      Path dir, String policyFile, StrictYamlReader reader, YamlLimits limits, Messages messages) {
    this.dir = dir;
    this.policyFile = policyFile;
    this.reader = reader;
    this.limits = limits;
    this.messages = messages;
  }

  /**
   * The findings for the catalog in {@code dir}, whose policy file is {@code policyFile}
   * (relative); none when the folder cannot be listed (the load reports what it cannot read).
   */
  static List<Finding> find(
      Path dir, String policyFile, StrictYamlReader reader, YamlLimits limits, Messages messages) {
    MisplacedFiles misplaced = new MisplacedFiles(dir, policyFile, reader, limits, messages);
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.sorted().toList()) {
        misplaced.check(entry);
      }
    } catch (IOException | RuntimeException e) {
      // listed or read while someone edits the catalog: what is still there is read as usual
    }
    return misplaced.findings;
  }

  private void check(Path entry) throws IOException {
    String name = entry.getFileName().toString();
    if (name.startsWith(".") || Files.isSymbolicLink(entry)) {
      return;
    }
    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      Optional<String> meant = meant(name);
      if (!READ.contains(name) && !OTHERS.contains(name) && meant.isPresent() && !isRead(entry)) {
        folder(entry, name, meant.get());
      }
    } else if (CatalogLoader.isYaml(entry)
        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
      topFile(entry, name);
    }
  }

  /**
   * The folder svcat reads that a folder named {@code name} was plainly meant to be, if any: the
   * same but for case, a plural or singular ({@code item}, {@code directories}), one letter more,
   * less or other ({@code calender}), or two neighbours swapped ({@code itmes}). Nearer than a
   * general "did you mean": a {@code temp/} folder of drafts is not {@code items/}.
   */
  static Optional<String> meant(String name) {
    String stem = stem(name);
    for (String folder : READ) {
      String read = stem(folder);
      if (stem.equals(read) || ONE_EDIT.apply(stem, read) >= 0 || swapped(stem, read)) {
        return Optional.of(folder);
      }
    }
    return Optional.empty();
  }

  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

  /** {@code name} in lower case without its plural ending ({@code directories} → directory). */
  private static String stem(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies")) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** Whether {@code a} is {@code b} with two neighbouring letters swapped. */
  private static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  /** Whether {@code entry} is a file or folder svcat reads, by another case of its name. */
  private boolean isRead(Path entry) throws IOException {
    for (String read :
        List.of(CatalogLoader.CATALOG_FILE, CatalogLoader.MATERIALS_FILE, policyFile)) {
      Path file = dir.resolve(read);
      if (Files.exists(file) && Files.isSameFile(file, entry)) {
        return true;
      }
    }
    for (String folder : READ) {
      Path path = dir.resolve(folder);
      if (Files.isDirectory(path) && Files.isSameFile(path, entry)) {
        return true;
      }
    }
    return false;
  }

  /** Every YAML file under the top folder {@code folder}, named nearly as {@code meant}. */
  private void folder(Path folder, String name, String meant) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file :
          files
              .filter(CatalogLoader::isYaml)
              .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
              .sorted()
              .toList()) {
        report(file, "folder", name, meant);
      }
    }
  }

  /** A YAML file at the top that svcat does not read, when it plainly belongs to the catalog. */
  private void topFile(Path file, String name) throws IOException {
    if (isRead(file)) {
      return;
    }
    String base = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
    if (TOP.contains(base)) {
      report(file, "name", name, base.equals("policy") ? policyFile : base + ".yaml");
      return;
    }
    if (Files.size(file) > limits.maxFileBytes()) {
      return;
    }
    ParsedYaml parsed = reader.readWithoutPositions(Files.readAllBytes(file));
    JsonNode root = parsed.hasTree() ? parsed.root() : null;
    if (root == null || !root.isObject()) {
      return;
    }
    if (root.has("code")) {
      report(file, "item", name);
    } else if (root.has("basicCode")) {
      report(file, "directory-entry", name);
    } else if (root.has("id") && root.has("items")) {
      report(file, "bundle", name);
    }
  }

  private void report(Path file, String variant, Object... args) {
    findings.add(
        new Finding(
            RULE,
            Severity.ERROR,
            dir.relativize(file).toString().replace('\\', '/'),
            1,
            1,
            "",
            null,
            messages.format(RULE + ".message." + variant, args),
            messages.format(RULE + ".hint." + variant, args)));
  }
}
