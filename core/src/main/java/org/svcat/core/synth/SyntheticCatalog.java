package org.svcat.core.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.svcat.core.codes.CreditCode;

/**
 * Writes a large catalog for benchmarks and load tests by repeating a template catalog (the
 * reference catalog): each repetition is a district of its own, whose authorities get new, valid
 * 统一社会信用代码, so that implementation codes, prerequisites and bundles stay consistent within it.
 * Items are taken in prerequisite order, so a partial last district never refers to an item that is
 * not there. Deterministic: the same template, size and seed give the same bytes.
 *
 * <p>With {@code findings}, about one item in a hundred (chosen by the seed; 承诺件 with a legal limit
 * only) promises 999 working days, more than any legal limit: one {@code promised-exceeds-legal}
 * error each, counted in the result, and the knock-on findings of the bundles it belongs to.
 */
public final class SyntheticCatalog {
  private static final Pattern CREDIT_CODE = Pattern.compile("creditCode: \"([0-9A-Z]{18})\"");
  private static final Pattern CODE = Pattern.compile("(?m)^code: \"([0-9A-Z]+)\"");
  private static final Pattern QUOTED_CODE = Pattern.compile("\"([0-9A-Z]{31})\"");

  /** The block list under {@code prerequisites:} up to the next top-level key. */
  private static final Pattern PREREQUISITES =
      Pattern.compile("(?m)^prerequisites:\n((?:[ -].*\n?)*)");

  private static final Pattern PROMISED = Pattern.compile("(?m)^  promised: \\{value: \\d+,");
  private static final Pattern BUNDLE_ID = Pattern.compile("(?m)^id: (\\S+)");
  private static final int DIGITS = 7;

  /** What was written: how many items, and how many findings were planted. */
  public record Result(int items, int districts, int plantedFindings) {}

  private SyntheticCatalog() {}

  /**
   * Writes a catalog of {@code items} items into {@code out} (created; must not exist or be empty).
   */
  public static Result write(Path template, Path out, int items, long seed, boolean findings)
      throws IOException {
    if (items < 1) {
      throw new IllegalArgumentException("items must be at least 1");
    }
    List<TemplateItem> ordered = prerequisiteOrder(readItems(template));
    List<String> credits = new ArrayList<>(creditCodes(ordered));
    Map<String, String> bundles = readBundles(template);
    copyShared(template, out);

    SplittableRandom random = new SplittableRandom(seed);
    long offset = Math.floorMod(seed * 7919L, 1_000_000L);
    int districts = (items + ordered.size() - 1) / ordered.size();
    int planted = 0;
    int written = 0;
    for (int d = 0; d < districts; d++) {
      Map<String, String> renames = new LinkedHashMap<>();
      for (int c = 0; c < credits.size(); c++) {
        renames.put(
            credits.get(c), creditCode(credits.get(c), offset + (long) d * credits.size() + c));
      }
      String district = String.format("d%05d", d);
      Set<String> codesHere = new LinkedHashSet<>();
      for (TemplateItem item : ordered) {
        if (written == items) {
          break;
        }
        String text = replace(item.text, renames);
        if (findings && random.nextInt(100) == 0 && canPlant(text)) {
          text = PROMISED.matcher(text).replaceFirst("  promised: {value: 999,");
          planted++;
        }
        Path file = out.resolve("items").resolve(district).resolve(item.relPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        codesHere.add(replace(item.code, renames));
        written++;
      }
      for (Map.Entry<String, String> bundle : bundles.entrySet()) {
        String text = replace(bundle.getValue(), renames);
        if (codesIn(text).stream().allMatch(codesHere::contains)) {
          text = BUNDLE_ID.matcher(text).replaceFirst("id: $1-" + district);
          Path file = out.resolve("bundles").resolve(district + "-" + bundle.getKey());
          Files.createDirectories(file.getParent());
          Files.writeString(file, text, StandardCharsets.UTF_8);
        }
      }
    }
    return new Result(written, districts, planted);
  }

  private record TemplateItem(
      String relPath, String text, String code, List<String> prerequisites) {}

  private static List<TemplateItem> readItems(Path template) throws IOException {
    Path items = template.resolve("items");
    List<TemplateItem> result = new ArrayList<>();
    try (Stream<Path> files = Files.walk(items)) {
      for (Path file : files.filter(SyntheticCatalog::isYaml).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
          continue;
        }
        List<String> prerequisites = new ArrayList<>();
        Matcher list = PREREQUISITES.matcher(text);
        if (list.find()) {
          Matcher m = QUOTED_CODE.matcher(list.group(1));
          while (m.find()) {
            prerequisites.add(m.group(1));
          }
        }
        String rel = items.relativize(file).toString().replace('\\', '/');
        result.add(new TemplateItem(rel, text, code.group(1), prerequisites));
      }
    }
    return result;
  }

  /** Items sorted so that each comes after its prerequisites (depth-first, template order). */
  private static List<TemplateItem> prerequisiteOrder(List<TemplateItem> items) {
    Map<String, TemplateItem> byCode = new TreeMap<>();
    items.forEach(i -> byCode.put(i.code, i));
    List<TemplateItem> ordered = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (TemplateItem item : items) {
      visit(item, byCode, seen, ordered);
    }
    return ordered;
  }

  private static void visit(
      TemplateItem item,
      Map<String, TemplateItem> byCode,
      Set<String> seen,
      List<TemplateItem> out) {
    if (!seen.add(item.code)) {
      return;
    }
    for (String p : item.prerequisites) {
      TemplateItem prerequisite = byCode.get(p);
      if (prerequisite != null) {
        visit(prerequisite, byCode, seen, out);
      }
    }
    out.add(item);
  }

  private static Set<String> creditCodes(List<TemplateItem> items) {
    Set<String> codes = new LinkedHashSet<>();
    for (TemplateItem item : items) {
      Matcher m = CREDIT_CODE.matcher(item.text);
      while (m.find()) {
        codes.add(m.group(1));
      }
    }
    return codes;
  }

  private static Map<String, String> readBundles(Path template) throws IOException {
    Map<String, String> bundles = new TreeMap<>();
    Path dir = template.resolve("bundles");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(SyntheticCatalog::isYaml).toList()) {
          bundles.put(
              file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return bundles;
  }

  private static Set<String> codesIn(String bundle) {
    Set<String> codes = new LinkedHashSet<>();
    Matcher m = QUOTED_CODE.matcher(bundle);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /** Everything but items and bundles, as it is in the template. */
  private static void copyShared(Path template, Path out) throws IOException {
    try (Stream<Path> files = Files.walk(template)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String rel = template.relativize(file).toString().replace('\\', '/');
        if (rel.startsWith("items/") || rel.startsWith("bundles/")) {
          continue;
        }
        Path target = out.resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /**
   * A valid credit code with the registration type and region of {@code original} and an
   * organisation part made from {@code n}: {@code MC} and seven characters of the alphabet.
   */
  static String creditCode(String original, long n) {
    StringBuilder org = new StringBuilder();
    long rest = n;
    for (int i = 0; i < DIGITS; i++) {
      org.insert(0, CreditCode.ALPHABET.charAt((int) (rest % CreditCode.ALPHABET.length())));
      rest /= CreditCode.ALPHABET.length();
    }
    String first17 = original.substring(0, 8) + "MC" + org;
    return first17 + CreditCode.checkCharacter(first17 + "0");
  }

  private static String replace(String text, Map<String, String> renames) {
    String result = text;
    for (Map.Entry<String, String> e : renames.entrySet()) {
      result = result.replace(e.getKey(), e.getValue());
    }
    return result;
  }

  /** A 承诺件 with a legal limit, a promise and no suppressions: the planted error shows alone. */
  private static boolean canPlant(String text) {
    return text.contains("\nhandling: 承诺件")
        && text.contains("\n  legal: {value:")
        && PROMISED.matcher(text).find()
        && !text.contains("\nsuppress:");
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }
}
