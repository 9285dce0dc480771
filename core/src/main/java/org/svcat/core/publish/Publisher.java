package org.svcat.core.publish;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.svcat.core.Progress;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.diff.ChangeType;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Severity;
import org.svcat.core.io.Digests;
import org.svcat.core.io.Trees;
import org.svcat.core.load.LoadResult;
import org.svcat.core.load.SourceFile;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.Item;
import org.svcat.core.parallel.Parallel;
import org.svcat.core.report.PrettyJson;
import org.svcat.core.report.diff.ChangelogRenderer;
import org.svcat.core.schema.SchemaKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Publishes a catalog as {@code DIST/<id>/<version>/} (§9 of the catalog format): canonical JSON,
 * one JSON file per item, an index, the schemas, the 办事指南 site, CPSV-AP JSON-LD, CHANGES.md, and a
 * manifest with the sha256 of every file, optionally signed with Ed25519.
 *
 * <p>The same catalog gives byte-identical files on any machine. A release is written into a hidden
 * directory beside its target and moved into place only when complete, so a failure, a full disk or
 * Ctrl-C leaves earlier releases untouched and no partial release.
 */
public final class Publisher {
  /**
   * A hook called before each step; tests throw from it to simulate a failure there. Files are
   * written from several threads, so it may be called from several at once.
   */
  interface Faults {
    void before(String step) throws IOException;
  }

  static final String MANIFEST = "manifest.json";
  static final String SIGNATURE = "manifest.sig";
  private static final String TEMP_PREFIX = ".svcat-tmp-";

  /**
   * The schemas of the JSON a release holds (catalog.json, items/, index.json, manifest.json),
   * shipped in its schemas/ with those of the catalog's files, which they refer to.
   */
  static final List<String> RELEASE_SCHEMAS =
      List.of(
          "release-catalog.schema.json",
          "release-item.schema.json",
          "release-index.schema.json",
          "release-manifest.schema.json");

  private final Svcat svcat;
  private final Faults faults;

  public Publisher(Svcat svcat) {
    this(svcat, step -> {});
  }

  Publisher(Svcat svcat, Faults faults) {
    this.svcat = svcat;
    this.faults = faults;
  }

  /**
   * Publishes the catalog in {@code catalogDir}.
   *
   * @throws PublishException when the catalog has errors, the version exists with other content,
   *     the version needs a major bump, or the target is unsafe
   */
  public Release publish(Path catalogDir, PublishOptions options)
      throws IOException, PublishException {
    ValidateOptions validate =
        ValidateOptions.DEFAULT
            .withLanguage(options.language())
            .withProgress(options.progress())
            .withSourceDigests(true);
    faults.before("validate");
    LoadResult load = svcat.load(catalogDir, validate);
    ValidationReport report = svcat.validate(load, validate);
    if (report.fails(Severity.ERROR)) {
      throw new PublishException(PublishException.Reason.FINDINGS, null, report, null);
    }
    Catalog catalog = load.catalog();
    String changes = changelog(load, options);
    Path parent = safeParent(options.dist(), catalog.meta().id());
    Path target = parent.resolve(catalog.meta().version());
    removeStaleTemps(parent);

    // absolute, so that writing each of its files does not make it absolute again
    Path temp =
        Files.createTempDirectory(parent, TEMP_PREFIX + catalog.meta().version() + "-")
            .toAbsolutePath()
            .normalize();
    Thread cleanup = new Thread(() -> deleteQuietly(temp), "svcat-publish-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Written written = new Written(catalog, options.progress());
      writeRelease(catalog, load, changes, temp, written);
      written.finish();
      Map<String, String> digests = written.digests;
      faults.before("manifest");
      byte[] manifest = manifest(catalog, load, digests, options);
      Files.write(temp.resolve(MANIFEST), manifest);
      boolean signed = false;
      if (options.signingKey() != null) {
        faults.before("sign");
        PrivateKey key = Ed25519.readPrivate(options.signingKey());
        byte[] signature = Ed25519.sign(key, manifest);
        Files.writeString(
            temp.resolve(SIGNATURE),
            Base64.getEncoder().encodeToString(signature) + "\n",
            StandardCharsets.US_ASCII);
        signed = true;
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (sameFiles(target, digests)) {
          return new Release(
              target,
              digests,
              SafeNames.sha256(manifest),
              true,
              Files.exists(target.resolve(SIGNATURE)));
        }
        throw new PublishException(
            PublishException.Reason.VERSION_EXISTS, target.toString(), null, null);
      }
      faults.before("move");
      move(temp, target);
      return new Release(target, digests, SafeNames.sha256(manifest), false, signed);
    } finally {
      deleteQuietly(temp);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // the JVM is shutting down; the hook deletes the temporary directory
      }
    }
  }

  private String changelog(LoadResult load, PublishOptions options)
      throws IOException, PublishException {
    StringWriter out = new StringWriter();
    if (options.previous() == null) {
      String initial = "zh".equals(options.language()) ? "首次发布。" : "First release.";
      out.write(
          "# "
              + load.catalog().meta().title()
              + " "
              + load.catalog().meta().version()
              + "\n\n"
              + initial
              + "\n");
      return out.toString();
    }
    LoadResult previous =
        svcat.load(options.previous(), ValidateOptions.DEFAULT.withLanguage(options.language()));
    DiffReport diff = svcat.diff(previous, load, options.language());
    if (diff.changes().stream().anyMatch(c -> c.type() == ChangeType.VERSION_BUMP_REQUIRED)) {
      throw new PublishException(
          PublishException.Reason.VERSION_BUMP_REQUIRED,
          previous.catalog().meta().version(),
          null,
          diff);
    }
    new ChangelogRenderer(options.language()).render(diff, out);
    return out.toString();
  }

  private void writeRelease(
      Catalog catalog, LoadResult load, String changes, Path dir, Written digests)
      throws IOException {
    List<Item> sorted = CanonicalJson.sortedItems(catalog);
    GuideSite guide = new GuideSite(catalog, sorted);
    GuideSite.FileSink guideFiles =
        (path, content) -> writeStreamed(dir, "guide/" + path, content, digests);
    // ext4 makes one file at a time in a folder: two threads making files in the same folder take
    // turns, and the waiting one spins on the folder's lock (5.8-15.9 s of system CPU in profiles
    // of a 100k publish). So each folder of per-item files is made by one thread, which renders
    // what it writes: the guide's pages on a thread of their own, the items' JSON with catalog.json
    // and then index.json (which needs their digests) on this one; then the JSON-LD, a single
    // file, is rendered on every core
    Batched.alongside(
        () -> {
          guide.writePages(guideFiles);
          guide.writeSummaries(guideFiles);
        },
        () -> {
          writeStreamed(
              dir,
              "catalog.json",
              out ->
                  CanonicalJson.writeCatalog(
                      catalog,
                      sorted,
                      out,
                      (item, json) -> write(dir, itemFile(item), json, digests)),
              digests);
          writeStreamed(
              dir, "index.json", out -> writeIndex(catalog, sorted, digests, out), digests);
        });
    writeStreamed(dir, "catalog.jsonld", out -> JsonLd.writeCatalog(catalog, sorted, out), digests);
    for (SchemaKind kind : SchemaKind.values()) {
      write(dir, "schemas/" + kind.fileName(), classpath(kind.fileName()), digests);
    }
    write(dir, "schemas/common.schema.json", classpath("common.schema.json"), digests);
    for (String name : RELEASE_SCHEMAS) {
      write(dir, "schemas/" + name, classpath(name), digests);
    }
    write(dir, "CHANGES.md", changes.getBytes(StandardCharsets.UTF_8), digests);
  }

  private void write(Path dir, String path, byte[] bytes, Written digests) throws IOException {
    writeStreamed(dir, path, FileContent.of(bytes), digests);
  }

  /**
   * index.json, what importers poll: the catalog's id and version, then code, name, type,
   * department, file and digest of each item, one item at a time (keys sorted as in every file).
   */
  private static void writeIndex(
      Catalog catalog, List<Item> sorted, Written digests, OutputStream out) throws IOException {
    try (JsonGenerator json = opened(out, catalog)) {
      json.writeName("items");
      json.writeStartArray();
      for (Item item : sorted) {
        String path = itemFile(item);
        json.writeTree(
            PrettyJson.object()
                .put("code", item.code())
                .put("name", item.name())
                .put("type", item.type().label())
                .put("department", item.departmentOrAuthority())
                .put("file", path)
                .put("digest", "sha256:" + digests.get(path)));
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * A generator over {@code out} that has begun a release's JSON file with its first key, {@code
   * "catalog": {"id": ..., "version": ...}}; the rest is written in sorted key order.
   */
  private static JsonGenerator opened(OutputStream out, Catalog catalog) {
    JsonGenerator json = PrettyJson.sortedGenerator(out);
    json.writeStartObject();
    json.writeName("catalog");
    json.writeTree(
        PrettyJson.object()
            .put("id", catalog.meta().id())
            .put("version", catalog.meta().version()));
    return json;
  }

  private static String itemFile(Item item) {
    return "items/" + SafeNames.of(item.code()) + ".json";
  }

  /** Writes one file of the release through {@code content}, recording its sha256; thread-safe. */
  private void writeStreamed(Path dir, String path, FileContent content, Written digests)
      throws IOException {
    faults.before("write " + path);
    Path file = Trees.inside(dir, path);
    if (file == null) {
      throw new IOException("refusing to write outside the release: " + path);
    }
    digests.directory(file.getParent());
    byte[] sha256;
    if (content instanceof FileContent.Bytes bytes) {
      // most files: one write, hashed in place (no buffer and digest made for each); java.io's
      // stream, not Files.write's channel, which costs 4 µs more CPU a file (200,000 of them)
      try (FileOutputStream out = new FileOutputStream(file.toFile())) {
        out.write(bytes.bytes());
      }
      sha256 = Digests.sha256(bytes.bytes());
    } else {
      MessageDigest digest = Digests.newSha256();
      try (OutputStream out =
          new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), digest)) {
        content.writeTo(out);
      }
      sha256 = digest.digest();
    }
    digests.put(path, HexFormat.of().formatHex(sha256));
  }

  /**
   * The sha256 of every file of the release written so far, sorted by path (files are written from
   * several threads), and the folders made for them; tells the progress bar as files land.
   */
  private static final class Written {
    final Map<String, String> digests = new ConcurrentSkipListMap<>();
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();
    private final AtomicLong count = new AtomicLong();
    private final Progress progress;
    private final long expected;

    Written(Catalog catalog, Progress progress) {
      this.progress = progress;
      // an item file and a guide page per item, a page per bundle, a schema per kind, a dozen more
      this.expected =
          2L * catalog.items().size()
              + catalog.bundles().size()
              + SchemaKind.values().length
              + RELEASE_SCHEMAS.size()
              + 16;
    }

    void put(String path, String digest) {
      digests.put(path, digest);
      progress.update(Math.min(count.incrementAndGet(), expected), expected);
    }

    String get(String path) {
      return digests.get(path);
    }

    /** Makes {@code directory} unless a file before made it: 100,000 pages share a few folders. */
    void directory(Path directory) throws IOException {
      if (!directories.contains(directory)) {
        Files.createDirectories(directory);
        directories.add(directory);
      }
    }

    /** All files are written: the bar goes away. */
    void finish() {
      progress.update(expected, expected);
    }
  }

  private static byte[] manifest(
      Catalog catalog, LoadResult load, Map<String, String> digests, PublishOptions options)
      throws IOException {
    String source = sourceDigest(load);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // streamed (a provincial release lists 200,000 files), so its keys are written in sorted order
    try (JsonGenerator json = opened(bytes, catalog)) {
      if (options.sourceDateEpoch() != null) {
        json.writeStringProperty(
            "created", Instant.ofEpochSecond(options.sourceDateEpoch()).toString());
      }
      json.writeName("files");
      json.writeStartObject();
      for (Map.Entry<String, String> file : digests.entrySet()) { // sorted by path
        json.writeStringProperty(file.getKey(), file.getValue());
      }
      json.writeEndObject();
      json.writeName("source");
      json.writeTree(PrettyJson.object().put("files", load.files().size()).put("sha256", source));
      json.writeName("tool");
      json.writeTree(PrettyJson.object().put("name", "svcat").put("version", Svcat.VERSION));
      json.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /**
   * sha256 over the catalog's files: their paths and the sha256s of their contents, in sorted
   * order. The contents are the bytes that were validated and published (the loader's digests; a
   * file it could not bind is read again), not what the files hold by now.
   */
  private static String sourceDigest(LoadResult load) throws IOException {
    List<String> files = load.files().stream().sorted().toList();
    List<String> digests;
    try {
      // hashed on every core: a provincial catalog has a hundred thousand files
      digests =
          Parallel.map(
              files,
              file ->
                  load.source(file)
                      .flatMap(SourceFile::sha256)
                      .orElseGet(() -> fileDigest(load.directory().resolve(file))));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < files.size(); i++) {
      lines.append(files.get(i)).append('\0').append(digests.get(i)).append('\n');
    }
    return SafeNames.sha256(lines.toString());
  }

  /** The sha256 of a source file, "-" when it is not a regular file (any more). */
  private static String fileDigest(Path path) {
    try {
      return Files.isRegularFile(path) ? SafeNames.sha256(path) : "-";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sameFiles(Path existing, Map<String, String> digests) {
    try {
      JsonNode manifest = PrettyJson.read(Files.readString(existing.resolve(MANIFEST)));
      Map<String, String> theirs = new TreeMap<>();
      manifest
          .path("files")
          .properties()
          .forEach(e -> theirs.put(e.getKey(), e.getValue().asString()));
      return theirs.equals(digests);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** DIST/<id>, created if needed; refused when DIST or it is a link or not a directory. */
  private static Path safeParent(Path dist, String id) throws IOException, PublishException {
    if (Files.isSymbolicLink(dist)
        || (Files.exists(dist) && !Files.isDirectory(dist, LinkOption.NOFOLLOW_LINKS))) {
      throw new PublishException(
          PublishException.Reason.UNSAFE_TARGET, dist.toString(), null, null);
    }
    Files.createDirectories(dist);
    Path parent = dist.resolve(id);
    if (Files.isSymbolicLink(parent)
        || (Files.exists(parent, LinkOption.NOFOLLOW_LINKS)
            && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS))) {
      throw new PublishException(
          PublishException.Reason.UNSAFE_TARGET, parent.toString(), null, null);
    }
    Files.createDirectories(parent);
    return parent;
  }

  /** Temporary directories left by a publish that was killed. */
  private static void removeStaleTemps(Path parent) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, TEMP_PREFIX + "*")) {
      for (Path p : entries) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          deleteQuietly(p);
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Trees.delete(dir);
    } catch (IOException e) {
      // best effort: a stale temporary directory is removed by the next publish
    }
  }

  private static byte[] classpath(String schema) throws IOException {
    try (var in = Publisher.class.getResourceAsStream("/" + SchemaKind.CLASSPATH_DIR + schema)) {
      if (in == null) {
        throw new IOException("missing schema " + schema);
      }
      return in.readAllBytes();
    }
  }
}
