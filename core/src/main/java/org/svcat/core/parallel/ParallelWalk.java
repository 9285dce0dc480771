package org.svcat.core.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files under a folder, listed on every core. Listing costs a few system calls per file:
 * 100,000 item files in 32,000 folders took 1.5 s on one core. The folder is opened level by level
 * until there are at least {@link #UNITS} entries (a catalog's {@code items/} has a folder per
 * district or department), and those are then walked with {@link Files#walkFileTree} on every core,
 * handed out by {@link Parallel#map}. Links are not followed: a link is visited as a file.
 */
public final class ParallelWalk {
  /** Entries to hand out before the walk turns parallel. */
  static final int UNITS = 64;

  private ParallelWalk() {}

  /**
   * What to keep of a file: {@code attrs} is null when they could not be read; null keeps nothing.
   */
  @FunctionalInterface
  public interface Visit<T> {
    T file(Path file, BasicFileAttributes attrs);
  }

  /**
   * What {@code visit} keeps of every file under {@code root}, in no particular order (sort them).
   * A file or folder that vanishes meanwhile is skipped; one whose attributes or entries cannot be
   * read is visited with null attributes, as {@link Files#walkFileTree} would.
   *
   * @throws IOException when a folder's entries fail while they are being read
   */
  public static <T> List<T> files(Path root, Visit<T> visit) throws IOException {
    List<T> found = new ArrayList<>();
    List<Path> units = List.of(root);
    boolean opened = true;
    while (opened && units.size() < UNITS) {
      opened = false;
      List<Path> next = new ArrayList<>();
      for (Path unit : units) {
        if (Files.isDirectory(unit, LinkOption.NOFOLLOW_LINKS)) {
          opened = entries(unit, next, visit, found) || opened;
        } else {
          next.add(unit);
        }
      }
      units = next;
    }
    try {
      for (List<T> part : Parallel.map(units, unit -> walk(unit, visit))) {
        found.addAll(part);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return found;
  }

  /** Adds the entries of {@code folder} to {@code into}; whether it could be listed. */
  private static <T> boolean entries(Path folder, List<Path> into, Visit<T> visit, List<T> found)
      throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(into::add);
      return true;
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      keep(found, visit.file(folder, null));
      return false;
    }
  }

  private static <T> List<T> walk(Path start, Visit<T> visit) {
    List<T> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              keep(found, visit.file(file, attrs));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!(e instanceof NoSuchFileException)) {
                keep(found, visit.file(file, null));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static <T> void keep(List<T> found, T kept) {
    if (kept != null) {
      found.add(kept);
    }
  }
}
