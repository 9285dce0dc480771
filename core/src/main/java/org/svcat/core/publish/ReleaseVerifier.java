package org.svcat.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.svcat.core.Progress;
import org.svcat.core.finding.Messages;
import org.svcat.core.io.Trees;
import org.svcat.core.parallel.Parallel;
import org.svcat.core.parallel.ParallelWalk;
import org.svcat.core.report.PrettyJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Checks a published release the way an importing system should before trusting it: every file
 * listed in manifest.json has its sha256, no file is missing or extra, and (with a public key) the
 * Ed25519 signature of manifest.json is valid.
 */
public final class ReleaseVerifier {
  /** What is wrong with one file of a release. */
  public enum ProblemKind {
    MANIFEST_UNREADABLE,
    MISSING,
    MODIFIED,
    EXTRA,
    SIGNATURE_MISSING,
    SIGNATURE_INVALID
  }

  /**
   * One problem, about one file. Why is worded in core's messages ({@code verify.detail.<key>},
   * with {@code args}): {@link #detail()} in English, {@link #detail(Messages)} in the user's
   * language.
   */
  public record Problem(ProblemKind kind, String file, String detailKey, List<String> args) {
    public Problem {
      args = List.copyOf(args);
    }

    Problem(ProblemKind kind, String file, String detailKey, String... args) {
      this(kind, file, detailKey, List.of(args));
    }

    /** Why, in English. */
    public String detail() {
      return detail(Messages.forLanguage("en"));
    }

    /** Why, in the language of {@code messages}. */
    public String detail(Messages messages) {
      return messages.format("verify.detail." + detailKey, args.toArray());
    }
  }

  /**
   * The outcome: problems (none means verified), how many files were checked, and whether a
   * signature was checked.
   */
  public record Result(List<Problem> problems, int files, boolean signatureChecked) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ReleaseVerifier() {}

  /**
   * Verifies the release in {@code dir}; with {@code publicKey} (may be null) also its signature.
   */
  public static Result verify(Path dir, Path publicKey) throws IOException {
    return verify(dir, publicKey, Progress.NONE);
  }

  /** {@link #verify(Path, Path)}, telling {@code progress} as each file is hashed. */
  public static Result verify(Path dir, Path publicKey, Progress progress) throws IOException {
    List<Problem> problems = new ArrayList<>();
    byte[] manifestBytes;
    Map<String, String> listed = new TreeMap<>();
    try {
      manifestBytes = Files.readAllBytes(dir.resolve(Publisher.MANIFEST));
      JsonNode manifest = PrettyJson.read(new String(manifestBytes, StandardCharsets.UTF_8));
      manifest
          .path("files")
          .properties()
          .forEach(e -> listed.put(e.getKey(), e.getValue().asString()));
      if (listed.isEmpty()) {
        problems.add(
            new Problem(ProblemKind.MANIFEST_UNREADABLE, Publisher.MANIFEST, "lists-no-files"));
      }
    } catch (NoSuchFileException e) {
      problems.add(new Problem(ProblemKind.MISSING, Publisher.MANIFEST, "no-manifest"));
      return new Result(problems, 0, false);
    } catch (IOException | RuntimeException e) {
      problems.add(unreadable(e));
      return new Result(problems, 0, false);
    }
    // every file hashed on every core (a 100k-item release: 209,692 files, 1.9 GB), in order
    AtomicLong done = new AtomicLong();
    try {
      for (Problem problem :
          Parallel.map(
              new ArrayList<>(listed.entrySet()),
              file -> {
                Problem found = check(dir, file);
                progress.update(done.incrementAndGet(), listed.size());
                return found;
              })) {
        if (problem != null) {
          problems.add(problem);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    TreeSet<String> present = new TreeSet<>();
    present.addAll(
        ParallelWalk.files(
            dir,
            (p, attrs) ->
                attrs != null && attrs.isDirectory()
                    ? null
                    : dir.relativize(p).toString().replace('\\', '/')));
    present.remove(Publisher.MANIFEST);
    present.remove(Publisher.SIGNATURE);
    present.removeAll(listed.keySet());
    present.forEach(extra -> problems.add(new Problem(ProblemKind.EXTRA, extra, "extra")));

    boolean signatureChecked = false;
    if (publicKey != null) {
      signatureChecked = true;
      Path sig = dir.resolve(Publisher.SIGNATURE);
      if (!Files.isRegularFile(sig)) {
        problems.add(new Problem(ProblemKind.SIGNATURE_MISSING, Publisher.SIGNATURE, "unsigned"));
      } else {
        PublicKey key = Ed25519.readPublic(publicKey);
        byte[] signature;
        try {
          signature =
              Base64.getDecoder().decode(Files.readString(sig, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
          signature = new byte[0];
        }
        if (!Ed25519.verify(key, manifestBytes, signature)) {
          problems.add(
              new Problem(
                  ProblemKind.SIGNATURE_INVALID,
                  Publisher.SIGNATURE,
                  "signature-mismatch",
                  publicKey.toString()));
        }
      }
    }
    return new Result(problems, listed.size(), signatureChecked);
  }

  /** What is wrong with {@code file} (its path and the digest the manifest lists), or null. */
  private static Problem check(Path dir, Map.Entry<String, String> file) {
    Path path = Trees.inside(dir, file.getKey());
    if (path == null) { // "../../etc/passwd": never looked at, and no file svcat lists
      return new Problem(ProblemKind.MISSING, file.getKey(), "outside");
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return new Problem(ProblemKind.MISSING, file.getKey(), "missing");
    }
    String actual;
    try {
      actual = SafeNames.sha256(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return actual.equals(file.getValue())
        ? null
        : new Problem(ProblemKind.MODIFIED, file.getKey(), "modified", actual, file.getValue());
  }

  /** manifest.json could not be read: the parser's own words (English), with their place. */
  private static Problem unreadable(Exception e) {
    if (e instanceof JacksonException json) {
      TokenStreamLocation at = json.getLocation();
      if (at != null && at.getLineNr() >= 1) {
        return new Problem(
            ProblemKind.MANIFEST_UNREADABLE,
            Publisher.MANIFEST,
            "unreadable-at",
            Integer.toString(at.getLineNr()),
            Integer.toString(at.getColumnNr()),
            json.getOriginalMessage());
      }
      return new Problem(
          ProblemKind.MANIFEST_UNREADABLE,
          Publisher.MANIFEST,
          "unreadable",
          json.getOriginalMessage());
    }
    return new Problem(
        ProblemKind.MANIFEST_UNREADABLE,
        Publisher.MANIFEST,
        "unreadable",
        String.valueOf(e.getMessage()));
  }
}
