package org.svcat.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.svcat.core.Progress;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.io.Digests;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.CalendarYear;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.CatalogMeta;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;
import org.svcat.core.model.Policy;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.parallel.Parallel;
import org.svcat.core.parallel.ParallelWalk;
import org.svcat.core.schema.SchemaKind;
import org.svcat.core.schema.SchemaProblem;
import org.svcat.core.schema.SchemaValidator;
import org.svcat.core.schema.SchemaWording;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.SourceMap;
import org.svcat.core.yaml.StrictYamlReader;
import org.svcat.core.yaml.YamlLimits;
import org.svcat.core.yaml.YamlProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a catalog directory (layout in §1 of the catalog format): finds its files, reads each
 * strictly and checks it against its schema (in parallel), and binds what is valid to the model.
 * One bad file never stops the others; every problem becomes a located finding.
 */
public final class CatalogLoader {
  /** The rule id of strict-YAML findings. */
  public static final String YAML_SYNTAX = "yaml-syntax";

  /** The rule id of a modeline naming a schema by a network address. */
  public static final String SCHEMA_REMOTE = "schema-remote";

  /** The rule id of schema findings. */
  public static final String SCHEMA = "schema";

  static final String CATALOG_FILE = "catalog.yaml";

  public static final String MATERIALS_FILE = "materials.yaml";

  /** The folders whose YAML files are read, in the order they are read, with their schema. */
  static final Map<String, SchemaKind> FOLDERS = folders();

  private static Map<String, SchemaKind> folders() {
    Map<String, SchemaKind> folders = new LinkedHashMap<>();
    folders.put("directory", SchemaKind.DIRECTORY_ENTRY);
    folders.put("items", SchemaKind.ITEM);
    folders.put("bundles", SchemaKind.BUNDLE);
    folders.put("calendars", SchemaKind.CALENDAR);
    return Collections.unmodifiableMap(folders);
  }

  private final Supplier<SchemaValidator> schemas;
  private final StrictYamlReader reader;
  private final YamlLimits limits;
  private final ModelBinder binder = new ModelBinder();
  private final boolean sourceDigests;

  public CatalogLoader(SchemaValidator schemas, YamlLimits limits) {
    this(schemas, limits, false);
  }

  /**
   * A loader that also keeps the sha256 of every file it reads when {@code sourceDigests} (a
   * release's manifest lists them; {@link SourceFile#sha256}).
   */
  public CatalogLoader(SchemaValidator schemas, YamlLimits limits, boolean sourceDigests) {
    this(() -> schemas, limits, sourceDigests);
  }

  /**
   * A loader that asks {@code schemas} for the validator only once it has listed the catalog's
   * files, so that a program which compiles the schemas on another thread ({@link
   * org.svcat.core.Svcat#warmUp}) lists them meanwhile.
   */
  public CatalogLoader(
      Supplier<SchemaValidator> schemas, YamlLimits limits, boolean sourceDigests) {
    this.schemas = schemas;
    this.limits = limits;
    this.reader = new StrictYamlReader(limits);
    this.sourceDigests = sourceDigests;
  }

  /**
   * Loads the catalog in {@code dir}.
   *
   * @param policyOverride a policy file to use instead of the catalog's own, or null
   */
  public LoadResult load(Path dir, Path policyOverride, Messages messages) throws IOException {
    return load(dir, policyOverride, messages, Progress.NONE);
  }

  /** {@link #load(Path, Path, Messages)}, telling {@code progress} as each file is read. */
  public LoadResult load(Path dir, Path policyOverride, Messages messages, Progress progress)
      throws IOException {
    NamedPolicy named = policyFileName(dir, messages);
    String policyFile = named.file();
    List<Input> inputs = discover(dir, policyOverride, policyFile);
    AtomicLong done = new AtomicLong();
    // one instance of each repeated text (a table of 64k slots: 256 KB); costs less than a map
    UnaryOperator<String> shared = new SharedTexts(16);
    Function<SourceFile, SourceMap> positions = file -> positions(dir, file);
    List<ReadFile> read =
        Parallel.map(
            inputs,
            in -> {
              ReadFile file = readFile(dir, in, shared, positions, messages);
              progress.update(done.incrementAndGet(), inputs.size());
              return file;
            });

    List<Finding> findings =
        new ArrayList<>(MisplacedFiles.find(dir, policyFile, reader, limits, messages));
    if (named.problem() != null && policyOverride == null) {
      findings.add(named.problem());
    }
    IdentityHashMap<Object, SourceFile> origins = new IdentityHashMap<>();
    Map<String, SourceFile> sources = new HashMap<>();
    Set<String> unbound = new HashSet<>();
    CatalogMeta meta = null;
    Policy policy = Policy.NATIONAL;
    List<DirectoryEntry> directory = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    List<Bundle> bundles = new ArrayList<>();
    List<CalendarYear> calendars = new ArrayList<>();
    Map<String, SharedMaterial> materials = new LinkedHashMap<>();
    boolean catalogFileSeen = false;

    for (ReadFile file : read) {
      findings.addAll(file.findings);
      if (file.input.kind == SchemaKind.CATALOG) {
        catalogFileSeen = true;
      }
      unbound.addAll(file.unboundCodes);
      if (file.bound == null) {
        continue;
      }
      sources.put(file.input.relPath, file.source);
      switch (file.input.kind) {
        case CATALOG -> meta = (CatalogMeta) file.bound;
        case POLICY -> policy = (Policy) file.bound;
        case DIRECTORY_ENTRY -> directory.add((DirectoryEntry) file.bound);
        case ITEM -> items.add((Item) file.bound);
        case BUNDLE -> bundles.add((Bundle) file.bound);
        case CALENDAR -> calendars.add((CalendarYear) file.bound);
        case MATERIALS -> {
          for (Object m : (List<?>) file.bound) {
            SharedMaterial material = (SharedMaterial) m;
            materials.put(material.ref(), material);
            origins.put(material, file.source);
          }
        }
      }
      if (file.input.kind != SchemaKind.MATERIALS) {
        origins.put(file.bound, file.source);
      }
    }
    if (!catalogFileSeen) {
      findings.add(
          new Finding(
              SCHEMA,
              Severity.ERROR,
              CATALOG_FILE,
              1,
              1,
              "",
              null,
              messages.format("schema.message.missing-catalog"),
              messages.format("schema.hint")));
    }
    if (meta == null) {
      meta =
          new CatalogMeta(
              dir.getFileName() == null ? "catalog" : dir.getFileName().toString(),
              "",
              "",
              "0.0.0",
              null,
              null,
              null);
    }
    boolean directoryPresent = Files.isDirectory(dir.resolve("directory"));
    Catalog catalog =
        new Catalog(
            meta, directory, directoryPresent, items, bundles, calendars, materials, policy);
    return new LoadResult(
        dir,
        catalog,
        origins,
        sources,
        unbound,
        read.stream().map(f -> f.input.relPath).toList(),
        findings);
  }

  /** Codes and basic codes at the top of a file that is not bound, so references to it resolve. */
  private static Set<String> codes(JsonNode root) {
    if (root == null || !root.isObject()) {
      return Set.of();
    }
    Set<String> codes = new HashSet<>();
    for (String key : List.of("code", "basicCode")) {
      JsonNode value = root.get(key);
      if (value != null && value.isString()) {
        codes.add(value.stringValue());
      }
    }
    return codes;
  }

  /** A top-level {@code code:} or {@code basicCode:} line, as svcat and fmt write it. */
  private static final Pattern CODE_LINE =
      Pattern.compile(
          "^(?:code|basicCode):[ \\t]*([\"']?)([0-9A-Za-z]{1,64})\\1[ \\t]*(?:#.*)?\\r?$",
          Pattern.MULTILINE);

  /**
   * The codes an item or directory file that YAML could not read (a syntax error, another encoding)
   * holds on its top-level {@code code:} and {@code basicCode:} lines, found line by line: so that
   * a bundle or a prerequisite naming that item is not also reported as naming nothing. The file's
   * own finding says what to fix.
   */
  static Set<String> writtenCodes(SchemaKind kind, byte[] bytes) {
    if (kind != SchemaKind.ITEM && kind != SchemaKind.DIRECTORY_ENTRY) {
      return Set.of();
    }
    // a file with a UTF-16 or UTF-32 byte-order mark in that encoding; else ISO 8859-1, which
    // keeps the ASCII lines of UTF-8 and GBK alike as they are
    String wide = StrictYamlReader.wideEncoding(bytes);
    Charset charset = wide == null ? StandardCharsets.ISO_8859_1 : Charset.forName(wide);
    Set<String> codes = new HashSet<>();
    Matcher line = CODE_LINE.matcher(new String(bytes, charset));
    while (line.find()) {
      codes.add(line.group(2));
    }
    return codes;
  }

  /** The model record(s) of a schema-valid file: a list of shared materials for materials.yaml. */
  private Object bind(SchemaKind kind, JsonNode root) {
    return switch (kind) {
      case CATALOG -> binder.bind(root, CatalogMeta.class);
      case POLICY -> binder.policy(root);
      case DIRECTORY_ENTRY -> binder.bind(root, DirectoryEntry.class);
      case ITEM -> binder.bind(root, Item.class);
      case BUNDLE -> binder.bind(root, Bundle.class);
      case CALENDAR -> binder.bind(root, CalendarYear.class);
      case MATERIALS -> binder.materials(root);
    };
  }

  /** The catalog's files in a stable order: catalog.yaml, policy, materials, then by folder. */
  private List<Input> discover(Path dir, Path policyOverride, String policyFile)
      throws IOException {
    List<Input> inputs = new ArrayList<>();
    addIfFile(inputs, dir, dir.resolve(CATALOG_FILE), SchemaKind.CATALOG);
    if (policyOverride != null) {
      inputs.add(
          new Input(
              policyOverride.toString().replace('\\', '/'),
              SchemaKind.POLICY,
              policyOverride,
              Input.UNSEEN));
    } else {
      addIfFile(inputs, dir, dir.resolve(policyFile), SchemaKind.POLICY);
    }
    addIfFile(inputs, dir, dir.resolve(MATERIALS_FILE), SchemaKind.MATERIALS);
    for (Map.Entry<String, SchemaKind> folder : FOLDERS.entrySet()) {
      walk(inputs, dir, folder.getKey(), folder.getValue());
    }
    return inputs;
  }

  /**
   * The policy file that catalog.yaml names ({@code policy:}; else policy.yaml), and what is wrong
   * with the name, if anything (else null): a path leading outside the catalog, which svcat does
   * not read (policy.yaml is read instead), or a file that does not exist (the national profile's
   * defaults apply). Either was silent before: the catalog was checked under another policy than it
   * named.
   */
  record NamedPolicy(String file, Finding problem) {}

  /** The {@link NamedPolicy} of the catalog in {@code dir}, read cheaply before the rest. */
  private NamedPolicy policyFileName(Path dir, Messages messages) {
    Path catalogFile = dir.resolve(CATALOG_FILE);
    try {
      if (Files.isRegularFile(catalogFile) && Files.size(catalogFile) <= limits.maxFileBytes()) {
        ParsedYaml parsed = reader.read(Files.readAllBytes(catalogFile));
        JsonNode policy =
            parsed.hasTree() && parsed.root().isObject() ? parsed.root().get("policy") : null;
        if (policy != null && policy.isString()) {
          String name = policy.stringValue();
          SourceMap.Position at = parsed.sourceMap().locate("/policy");
          if (!isSafeRelative(name)) {
            return new NamedPolicy(
                "policy.yaml", policyFinding(at, "policy-outside", name, messages));
          }
          if (!Files.isRegularFile(dir.resolve(name))) {
            return new NamedPolicy(name, policyFinding(at, "policy-missing", name, messages));
          }
          return new NamedPolicy(name, null);
        }
      }
    } catch (IOException | RuntimeException e) {
      // reported when catalog.yaml itself is read
    }
    return new NamedPolicy("policy.yaml", null);
  }

  private static Finding policyFinding(
      SourceMap.Position at, String kind, String name, Messages messages) {
    return new Finding(
        SCHEMA,
        Severity.ERROR,
        CATALOG_FILE,
        at.line(),
        at.column(),
        "/policy",
        null,
        messages.format("schema.message." + kind, name),
        messages.format("schema.hint." + kind, name));
  }

  private static boolean isSafeRelative(String path) {
    return !path.isBlank()
        && !path.contains("..")
        && !path.startsWith("/")
        && !path.startsWith("\\")
        && !path.contains(":")
        && path.indexOf('\0') < 0;
  }

  private static void addIfFile(List<Input> inputs, Path dir, Path file, SchemaKind kind) {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      inputs.add(new Input(relative(dir, file), kind, null, Input.UNSEEN));
    }
  }

  /**
   * Adds the YAML files under {@code dir/folder}, sorted by relative path, without following links,
   * listed on every core ({@link ParallelWalk}). A file or folder that vanishes or cannot be listed
   * while the walk runs (someone is editing the catalog) is skipped; a file that vanishes after it
   * was listed is reported when it is read.
   *
   * <p>The relative path is cut from the text of the walked path (which begins with the text of the
   * folder walked) and the files are sorted by it: relativizing and sorting {@link Path}s took 0.45
   * s of a 100k-item run, on one core, before any file could be read.
   */
  private static void walk(List<Input> inputs, Path dir, String folder, SchemaKind kind)
      throws IOException {
    Path root = dir.resolve(folder);
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      if (isLinkedFolder(root)) {
        inputs.add(new Input(folder, kind, null, Input.LINKED_FOLDER));
      }
      return;
    }
    int rootLength = root.toString().length();
    List<Input> found =
        new ArrayList<>(
            ParallelWalk.files(
                root,
                (file, attrs) -> {
                  long seen;
                  if (attrs != null && attrs.isSymbolicLink() && Files.isDirectory(file)) {
                    seen = Input.LINKED_FOLDER;
                  } else if (isYaml(file) && (attrs == null || !attrs.isDirectory())) {
                    seen = Input.seen(attrs);
                  } else {
                    return null;
                  }
                  String relPath =
                      folder + file.toString().substring(rootLength).replace('\\', '/');
                  return new Input(relPath, kind, null, seen);
                }));
    found.sort(Comparator.comparing(Input::relPath));
    inputs.addAll(found);
  }

  /**
   * Whether {@code path} is a symbolic link to a folder: the walk follows no link, so the files
   * under it would be left out without a word ({@code items/} linked from elsewhere read as no item
   * at all); it is reported instead.
   */
  private static boolean isLinkedFolder(Path path) {
    return Files.isSymbolicLink(path) && Files.isDirectory(path);
  }

  /** Whether {@code p} is named as a YAML file ({@code .yaml} or {@code .yml}, in any case). */
  static boolean isYaml(Path p) {
    String name = p.toString();
    return endsWithIgnoreCase(name, ".yaml") || endsWithIgnoreCase(name, ".yml");
  }

  private static boolean endsWithIgnoreCase(String text, String suffix) {
    return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Reads, parses, schema-checks and binds one file; never throws. A file is first read without
   * positions; only one with a problem is read again with them, for its findings.
   */
  private ReadFile readFile(
      Path dir,
      Input input,
      UnaryOperator<String> strings,
      Function<SourceFile, SourceMap> positions,
      Messages messages) {
    List<Finding> findings = new ArrayList<>();
    byte[] bytes;
    ParsedYaml parsed;
    try {
      Path path = input.path(dir);
      if (!input.external() && !input.regular(path)) {
        findings.add(
            fileFinding(
                input,
                input.seen == Input.LINKED_FOLDER ? "linked-folder" : "not-regular",
                messages));
        return ReadFile.failed(input, findings);
      }
      long size = input.external() ? 0 : input.size(path);
      if (size > limits.maxFileBytes()) {
        findings.add(
            yamlFinding(
                input,
                new YamlProblem("file-too-large", 1, 1, List.of(size, limits.maxFileBytes())),
                messages));
        return ReadFile.failed(input, findings);
      }
      bytes = readBounded(path);
      remoteSchemaFinding(input, bytes, messages).ifPresent(findings::add);
      parsed = reader.readWithoutPositions(bytes, strings);
    } catch (IOException | RuntimeException e) {
      findings.add(
          new Finding(
              YAML_SYNTAX,
              Severity.ERROR,
              input.relPath,
              1,
              1,
              "",
              null,
              messages.format(
                  "yaml-syntax.message.unreadable", firstLine(String.valueOf(e.getMessage()))),
              messages.format("yaml-syntax.hint.unreadable")));
      return ReadFile.failed(input, findings);
    }
    ParsedYaml located = null;
    if (!parsed.problems().isEmpty() || !parsed.hasTree()) {
      located = reader.read(bytes);
      parsed = located;
    }
    for (YamlProblem problem : parsed.problems()) {
      findings.add(yamlFinding(input, problem, messages));
    }
    if (!parsed.hasTree()) {
      return new ReadFile(input, null, null, writtenCodes(input.kind, bytes), findings);
    }
    List<SchemaProblem> problems = schemas.get().validate(input.kind, parsed.root());
    SourceFile source;
    JsonNode usable = parsed.root();
    byte[] sha256 = sourceDigests ? Digests.sha256(bytes) : null;
    if (located == null && problems.isEmpty() && !input.external()) {
      source = new SourceFile(input.relPath, bytes, sha256, positions);
    } else {
      SourceMap map = (located != null ? located : reader.read(bytes)).sourceMap();
      source = new SourceFile(input.relPath, sha256, map);
      findings.addAll(schemaFindings(input, map, parsed.root(), problems, messages));
      if (!problems.isEmpty()) {
        usable = repair(parsed.root(), map, problems);
        if (usable == null || !schemas.get().validate(input.kind, usable).isEmpty()) {
          return new ReadFile(input, null, null, codes(parsed.root()), findings);
        }
      }
    }
    try {
      return new ReadFile(input, bind(input.kind, usable), source, Set.of(), findings);
    } catch (RuntimeException e) {
      findings.add(
          new Finding(
              SCHEMA,
              Severity.ERROR,
              input.relPath,
              1,
              1,
              "",
              null,
              messages.format("schema.message.unbindable", firstLine(e.getMessage())),
              messages.format("schema.hint")));
      return new ReadFile(input, null, null, codes(parsed.root()), findings);
    }
  }

  /**
   * The positions of a file that read cleanly, from the file read again: none when it no longer
   * holds the bytes that were checked (changed, removed, unreadable since), so that a position
   * never points into text that was not checked.
   */
  private SourceMap positions(Path dir, SourceFile file) {
    try {
      byte[] bytes = readBounded(dir.resolve(file.path()));
      if (file.checked(bytes)) {
        return reader.read(bytes).sourceMap();
      }
    } catch (IOException | RuntimeException e) {
      // gone or unreadable since it was checked: no positions, as for a changed file
    }
    return SourceMap.empty();
  }

  /**
   * A copy of {@code root} with the reported problems that have an obvious reading undone, so that
   * the rules can still check the rest of the file: an unquoted scalar becomes the string it was
   * written as (so {@code 0101} stays {@code 0101}), an unknown key is dropped. Null when some
   * problem has no such reading.
   */
  private static JsonNode repair(JsonNode root, SourceMap map, List<SchemaProblem> problems) {
    if (!root.isObject()) {
      return null;
    }
    ObjectNode copy = (ObjectNode) root.deepCopy();
    for (SchemaProblem problem : problems) {
      String pointer = problem.pointer();
      String parentPointer = SourceMap.parent(pointer);
      String key = SchemaWording.lastSegment(pointer);
      JsonNode parent = copy.at(parentPointer);
      Optional<String> unquoted = map.unquotedText(pointer);
      if ("type".equals(problem.keyword()) && unquoted.isPresent()) {
        if (parent instanceof ObjectNode object) {
          object.put(key, unquoted.get());
        } else if (parent instanceof ArrayNode array) {
          array.set(Integer.parseInt(key), array.stringNode(unquoted.get()));
        }
      } else if ("additionalProperties".equals(problem.keyword())
          && parent instanceof ObjectNode object) {
        object.remove(key);
      } else {
        return null;
      }
    }
    return copy;
  }

  /**
   * One finding per schema problem, except that the missing required keys of one object become a
   * single finding listing them all.
   */
  private static List<Finding> schemaFindings(
      Input input, SourceMap map, JsonNode root, List<SchemaProblem> problems, Messages messages) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<SchemaProblem>> missing = new LinkedHashMap<>();
    for (SchemaProblem problem : SchemaWording.relevant(problems)) {
      if ("required".equals(problem.keyword())) {
        missing
            .computeIfAbsent(SourceMap.parent(problem.pointer()), k -> new ArrayList<>())
            .add(problem);
      } else {
        findings.add(schemaFinding(input, map, root, problem, messages));
      }
    }
    missing.forEach(
        (objectPointer, keys) -> {
          SourceMap.Position at = map.locate(objectPointer);
          String pointer = keys.size() == 1 ? keys.get(0).pointer() : objectPointer;
          findings.add(
              new Finding(
                  SCHEMA,
                  Severity.ERROR,
                  input.relPath,
                  at.line(),
                  at.column(),
                  pointer,
                  itemCode(root),
                  messages.format(
                      "schema.message.required",
                      keys.stream()
                          .map(key -> SchemaWording.missingKey(key, messages))
                          .collect(Collectors.joining(", "))),
                  messages.format("schema.hint")));
        });
    return findings;
  }

  /**
   * A {@code schema-remote} finding when the editor modeline among the leading comment lines names
   * a schema by a network address other than svcat's own {@code https://svcat.org/schemas/}: svcat
   * never fetches it, and says so rather than silently checking against something else.
   */
  private static Optional<Finding> remoteSchemaFinding(
      Input input, byte[] bytes, Messages messages) {
    int head = Math.min(bytes.length, 4096);
    int start = 0;
    for (int line = 1; start < head; line++) {
      int end = start;
      while (end < head && bytes[end] != '\n') {
        end++;
      }
      String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (end == head || !text.stripLeading().startsWith("#")) {
        break;
      }
      int at = remoteSchemaAt(text);
      String address = at < 0 ? null : text.substring(at, endOfAddress(text, at));
      if (address != null && !address.startsWith(SchemaKind.BASE_IRI)) {
        return Optional.of(
            new Finding(
                SCHEMA_REMOTE,
                Severity.WARNING,
                input.relPath,
                line,
                at + 1,
                "",
                null,
                messages.format("schema-remote.message", address),
                messages.format("schema-remote.hint")));
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  /**
   * Where a schema address with a scheme ({@code $schema=https://...}) starts in a {@code
   * yaml-language-server:} modeline, else -1. As the regular expression {@code
   * yaml-language-server:.*\$schema=([A-Za-z][A-Za-z0-9+.-]+:\S*)} found it: after the first marker
   * that has one before the next line break, the last {@code $schema=} that a scheme follows (a
   * letter, then letters, digits, {@code +}, {@code .} or {@code -}, then a colon). Plain string
   * searches: the expression took a tenth of a second of a 100,000-item run, and as long again for
   * the compiler.
   */
  static int remoteSchemaAt(String line) {
    String marker = "yaml-language-server:";
    String key = "$schema=";
    for (int found = line.indexOf(marker); found >= 0; found = line.indexOf(marker, found + 1)) {
      int after = found + marker.length();
      int end = after;
      while (end < line.length() && !isLineTerminator(line.charAt(end))) {
        end++;
      }
      for (int at = line.lastIndexOf(key, end - key.length());
          at >= after;
          at = line.lastIndexOf(key, at - 1)) {
        if (startsWithScheme(line, at + key.length())) {
          return at + key.length();
        }
      }
    }
    return -1;
  }

  private static boolean startsWithScheme(String text, int from) {
    if (from >= text.length() || !isAsciiLetter(text.charAt(from))) {
      return false;
    }
    int i = from + 1;
    while (i < text.length()
        && (isAsciiLetter(text.charAt(i))
            || (text.charAt(i) >= '0' && text.charAt(i) <= '9')
            || "+.-".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i >= from + 2 && i < text.length() && text.charAt(i) == ':';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Characters a regular expression's {@code .} does not match. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The end of an address starting at {@code from}: the first white space ({@code \\s}). */
  private static int endOfAddress(String text, int from) {
    int i = from;
    while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /**
   * The file's bytes, at most one more than the size limit. They are read into an array of the size
   * the file has when it is opened: reading in chunks and joining them allocated three times the
   * catalog's size. A file that grows meanwhile, or a pipe (which has no size), is read on up to
   * the bound.
   */
  private byte[] readBounded(Path path) throws IOException {
    int bound = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1);
    try (SeekableByteChannel channel = Files.newByteChannel(path);
        InputStream in = Channels.newInputStream(channel)) {
      byte[] bytes = new byte[(int) Math.min(channel.size(), bound)];
      int read = in.readNBytes(bytes, 0, bytes.length);
      if (read < bytes.length) {
        return Arrays.copyOf(bytes, read);
      }
      int next = read < bound ? in.read() : -1;
      if (next < 0) {
        return bytes;
      }
      byte[] rest = in.readNBytes(bound - read - 1);
      byte[] all = Arrays.copyOf(bytes, read + 1 + rest.length);
      all[read] = (byte) next;
      System.arraycopy(rest, 0, all, read + 1, rest.length);
      return all;
    }
  }

  private static Finding fileFinding(Input input, String kind, Messages messages) {
    return new Finding(
        YAML_SYNTAX,
        Severity.ERROR,
        input.relPath,
        1,
        1,
        "",
        null,
        messages.format("yaml-syntax.message." + kind),
        messages.format("yaml-syntax.hint." + kind));
  }

  private static Finding yamlFinding(Input input, YamlProblem problem, Messages messages) {
    String hintKey = "yaml-syntax.hint." + problem.kind();
    return new Finding(
        YAML_SYNTAX,
        Severity.ERROR,
        input.relPath,
        problem.line(),
        problem.column(),
        "",
        null,
        messages.format("yaml-syntax.message." + problem.kind(), problem.args().toArray()),
        messages.has(hintKey) ? messages.format(hintKey) : messages.format("yaml-syntax.hint"));
  }

  private static Finding schemaFinding(
      Input input, SourceMap map, JsonNode root, SchemaProblem problem, Messages messages) {
    SourceMap.Position at =
        problem.atKey() ? map.key(problem.pointer()) : map.locate(problem.pointer());
    return new Finding(
        SCHEMA,
        Severity.ERROR,
        input.relPath,
        at.line(),
        at.column(),
        problem.pointer(),
        itemCode(root),
        SchemaWording.message(problem, root, map.unquotedText(problem.pointer()), messages),
        messages.format("schema.hint"));
  }

  private static String itemCode(JsonNode root) {
    if (root != null && root.isObject()) {
      JsonNode code = root.get("code");
      if (code != null && code.isString()) {
        return code.stringValue();
      }
      JsonNode basic = root.get("basicCode");
      if (basic != null && basic.isString()) {
        return basic.stringValue();
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * A file to read, by its path relative to the catalog folder, or {@code external}: a file named
   * on the command line (a policy given with --policy), which may be a pipe such as {@code <(echo
   * 'extends: strict')}. What the walk saw of it is kept as one number ({@link #seen}): these live
   * until the whole catalog is read, and a walked path and its attributes would take 400 bytes a
   * file.
   */
  private record Input(String relPath, SchemaKind kind, Path given, long seen) {
    /** Not seen by a walk: ask the file system. */
    static final long UNSEEN = -1;

    /** Seen by the walk, and not a regular file (a link, a folder, a device). */
    static final long NOT_REGULAR = -2;

    /** Seen by the walk: a symbolic link to a folder, whose files are not read. */
    static final long LINKED_FOLDER = -3;

    /** What the walk saw: the size of a regular file, {@link #NOT_REGULAR}, or {@link #UNSEEN}. */
    static long seen(BasicFileAttributes attrs) {
      if (attrs == null) {
        return UNSEEN;
      }
      return attrs.isRegularFile() ? attrs.size() : NOT_REGULAR;
    }

    boolean external() {
      return given != null;
    }

    Path path(Path dir) {
      return given != null ? given : dir.resolve(relPath);
    }

    /** Whether the file is a regular file (not a link, folder or device), as the walk saw it. */
    boolean regular(Path path) {
      return seen != UNSEEN ? seen >= 0 : Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    long size(Path path) throws IOException {
      return seen >= 0 ? seen : Files.size(path);
    }
  }

  /**
   * A file after reading: its model record(s) and source when it could be bound, else the codes it
   * names; its findings either way.
   */
  private record ReadFile(
      Input input,
      Object bound,
      SourceFile source,
      Set<String> unboundCodes,
      List<Finding> findings) {
    static ReadFile failed(Input input, List<Finding> findings) {
      return new ReadFile(input, null, null, Set.of(), findings);
    }
  }
}
