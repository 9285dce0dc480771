package org.svcat.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/** Directory trees on disk. */
public final class Trees {
  private Trees() {}

  /**
   * {@code relative} resolved in {@code dir} and normalised, or null when it would lead out of
   * {@code dir} (by {@code ..} or as an absolute path); {@code dir} itself counts as inside. Both
   * are made absolute first: {@code .} normalises to the empty path, which no other path starts
   * with. Links are not followed.
   *
   * @throws java.nio.file.InvalidPathException when {@code relative} is no path on this system
   */
  public static Path inside(Path dir, String relative) {
    Path base = dir.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    return resolved.startsWith(base) ? resolved : null;
  }

  /** What writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** {@link #writeAtomically(Path, Content)} with {@code text} in UTF-8. */
  public static void writeAtomically(Path file, String text) throws IOException {
    writeAtomically(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Replaces {@code file} with what {@code content} writes, in one step: the content goes to a
   * temporary file beside it, which is then moved over it, so a crash, a full disk or a failure
   * while writing leaves the old file or the new one, never half of it (nor an empty file where
   * there was none). The new file keeps the old one's permissions; a file that did not exist gets
   * those of any new file in the folder ({@link Files#createTempFile} would make it readable by its
   * owner alone). Missing folders on the way are made.
   *
   * <p>Only a regular file is replaced. A symbolic link, a device or a pipe ({@code /dev/stdout},
   * {@code /dev/null}, a shell's process substitution) is written into as it is: replacing it would
   * put a file where the link or the device was (as root, even {@code /dev/null}).
   *
   * @throws FileAlreadyExistsException when {@code file} is a directory (nothing is written)
   * @throws FileSystemException naming {@code file} when writing it fails (a full disk, say)
   */
  public static void writeAtomically(Path file, Content content) throws IOException {
    BasicFileAttributes old = attributesOrNull(file); // one lstat: importing makes 100,000 files
    if (old != null && !old.isRegularFile()) {
      if (Files.isDirectory(file)) { // the directory itself, or a link to one
        throw new FileAlreadyExistsException(file.toString(), null, "a directory");
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw naming(file, e);
      }
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve(".svcat-" + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw naming(file, e);
      }
      // the file system's views, not Files.getFileStore: that reads the mount table (/proc/mounts)
      // on each call, which took 12 of 60 s of CPU importing 100,000 items
      if (old != null && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * {@code e}, or when it names no file (a full disk, an I/O error: the stream's write says only
   * "No space left on device"), a {@link FileSystemException} that names {@code file}.
   */
  private static IOException naming(Path file, IOException e) {
    if (e.getClass() != IOException.class) {
      return e;
    }
    FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
    named.initCause(e);
    return named;
  }

  /**
   * The attributes of {@code file} itself (a link's, not its target's), or null if there is none.
   */
  private static BasicFileAttributes attributesOrNull(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /**
   * Deletes {@code dir} and everything in it. Symbolic links are deleted, never followed, so a link
   * inside the tree cannot make this delete anything outside it.
   */
  public static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
