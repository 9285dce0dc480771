package org.svcat.core.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.svcat.core.io.Trees;

/**
 * Reads a catalog as it was at a git revision ({@code REV:PATH}, e.g. {@code origin/main:catalog}
 * or {@code HEAD~1:catalog}, with git's own meaning of the path) through the {@code git} command,
 * into a temporary directory, without touching the working tree or the index. Symbolic links and
 * submodules in the tree are left out.
 */
public final class GitSource {
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
  private static final long TIMEOUT_SECONDS = 300;

  private GitSource() {}

  /** True when {@code spec} names a git revision rather than a directory. */
  public static boolean isRevision(String spec) {
    return spec.contains(":")
        && !WINDOWS_DRIVE.matcher(spec).matches()
        && !Files.isDirectory(safePath(spec));
  }

  /**
   * True when {@code name} (no {@code :PATH}) names a commit of the repository at {@code workDir}:
   * {@code HEAD} or {@code main} typed where a folder or {@code REV:PATH} belongs. False when git
   * is missing or says no.
   */
  public static boolean namesCommit(String name, Path workDir) {
    try {
      return !name.isEmpty()
          && !name.startsWith("-")
          && succeeds(workDir, "git", "rev-parse", "--verify", "--quiet", name + "^{commit}");
    } catch (IOException e) {
      return false;
    }
  }

  private static Path safePath(String spec) {
    try {
      return Path.of(spec);
    } catch (RuntimeException e) {
      return Path.of(".does-not-exist");
    }
  }

  /**
   * Writes the files of {@code spec} into a new temporary directory and returns it; the caller
   * deletes it with {@link #delete}.
   *
   * @throws GitException when git is missing, the revision or path does not exist, or git fails
   * @throws IOException when the files cannot be written
   */
  public static Path checkout(String spec, Path workDir) throws IOException {
    List<String[]> entries = listTree(relativeDots(spec), workDir);
    Path dir = Files.createTempDirectory("svcat-git-");
    try {
      readBlobs(entries, dir, workDir);
    } catch (IOException | RuntimeException e) {
      delete(dir);
      throw e;
    }
    return dir;
  }

  /**
   * {@code spec} with a path of {@code .} or {@code ..}, which git takes for no path at all ("not a
   * valid object name"), as {@code ./} or {@code ../}: the current folder or its parent, as they
   * mean where a folder is named ({@code svcat diff HEAD~1:. .}).
   */
  private static String relativeDots(String spec) {
    return spec.endsWith(":.") || spec.endsWith(":..") ? spec + "/" : spec;
  }

  /** Deletes a directory made by {@link #checkout}. */
  public static void delete(Path dir) throws IOException {
    Trees.delete(dir);
  }

  /**
   * Blob entries of the tree: {object id, relative path}. All of them: run in a subfolder of the
   * repository, {@code git ls-tree} lists only the entries under that subfolder's path (as if the
   * tree were the repository's), so that from {@code catalog/} the tree of {@code HEAD:catalog}
   * looked empty and every item new, unless told {@code --full-tree}.
   */
  private static List<String[]> listTree(String spec, Path workDir) throws IOException {
    Process git = start(workDir, "git", "ls-tree", "-r", "-z", "--full-tree", "--", spec);
    byte[] out;
    try (InputStream in = git.getInputStream()) {
      out = in.readAllBytes();
    }
    String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      waitFor(git, "git ls-tree " + spec, err);
    } catch (GitException e) {
      throw e.kind() == GitException.Kind.FAILED ? why(spec, workDir, e) : e;
    }
    List<String[]> entries = new ArrayList<>();
    for (String record : new String(out, StandardCharsets.UTF_8).split("\0")) {
      if (record.isEmpty()) {
        continue;
      }
      int tab = record.indexOf('\t');
      String[] meta = record.substring(0, tab).split(" ");
      String path = record.substring(tab + 1);
      boolean regular =
          "blob".equals(meta[1]) && (meta[0].equals("100644") || meta[0].equals("100755"));
      if (regular && isSafe(path)) {
        entries.add(new String[] {meta[2], path});
      }
    }
    return entries;
  }

  /**
   * Why {@code git ls-tree} could not read {@code spec} inside a repository, asked of git by exit
   * codes (its words are in its locale's language): there is no such revision (a CI checkout of one
   * commit lacks {@code origin/main}), or no such path at it (a catalog added since); outside any
   * repository, {@code failed} marked so; else {@code failed} as it was.
   */
  private static GitException why(String spec, Path workDir, GitException failed) {
    int colon = spec.indexOf(':');
    String rev = spec.substring(0, colon);
    String path = spec.substring(colon + 1);
    try {
      if (!succeeds(workDir, "git", "rev-parse", "--git-dir")) {
        return failed.outside();
      }
      if (!succeeds(workDir, "git", "rev-parse", "--verify", "--quiet", rev + "^{commit}")) {
        return new GitException(GitException.Kind.NO_REVISION, null, rev);
      }
      if (!succeeds(workDir, "git", "cat-file", "-e", spec)) {
        return new GitException(GitException.Kind.NO_PATH, null, rev, path);
      }
    } catch (IOException e) {
      // git could not say more: what it said first stands
    }
    return failed;
  }

  /** Whether {@code command} (a git command that prints little) exits with 0. */
  private static boolean succeeds(Path workDir, String... command) throws IOException {
    Process git = start(workDir, command);
    git.getInputStream().readAllBytes();
    String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      waitFor(git, String.join(" ", command), err);
      return true;
    } catch (GitException e) {
      if (e.kind() != GitException.Kind.FAILED) {
        throw e;
      }
      return false;
    }
  }

  private static boolean isSafe(String path) {
    return !path.startsWith("/")
        && !path.contains("..")
        && !path.contains("\\")
        && path.indexOf('\0') < 0;
  }

  /** Reads the blobs with one {@code git cat-file --batch}, one object at a time. */
  private static void readBlobs(List<String[]> entries, Path dir, Path workDir) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    Process git = start(workDir, "git", "cat-file", "--batch");
    try (OutputStream requests = git.getOutputStream();
        InputStream answers = new BufferedInputStream(git.getInputStream())) {
      for (String[] entry : entries) {
        requests.write((entry[0] + "\n").getBytes(StandardCharsets.US_ASCII));
        requests.flush();
        String header = readLine(answers);
        String[] parts = header.split(" ");
        if (parts.length < 3 || !"blob".equals(parts[1])) {
          throw new GitException(GitException.Kind.UNEXPECTED, null, header);
        }
        int size = Integer.parseInt(parts[2]);
        byte[] content = answers.readNBytes(size);
        answers.read();
        Path target = Trees.inside(dir, entry[1]);
        if (target == null) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
      }
    }
    waitFor(
        git,
        "git cat-file",
        new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  private static Process start(Path workDir, String... command) throws IOException {
    try {
      return new ProcessBuilder(command).directory(workDir.toAbsolutePath().toFile()).start();
    } catch (IOException e) {
      throw new GitException(GitException.Kind.NOT_RUNNABLE, e, String.valueOf(e.getMessage()));
    }
  }

  private static void waitFor(Process git, String what, String err) throws IOException {
    try {
      if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        throw new GitException(
            GitException.Kind.TIMEOUT, null, what, Long.toString(TIMEOUT_SECONDS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitException(GitException.Kind.INTERRUPTED, e, what);
    }
    if (git.exitValue() != 0) {
      String first = err.lines().findFirst().orElse("exit " + git.exitValue());
      throw new GitException(GitException.Kind.FAILED, null, what, first);
    }
  }
}
