package org.svcat.core.publish;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.svcat.core.parallel.Parallel;

/**
 * Renders the per-item parts of one of a release's files on every core (catalog.jsonld's services),
 * a batch at a time, and hands the results on in order on the calling thread: output stays
 * deterministic and at most two batches of rendered parts are in memory at once. While the calling
 * thread writes one batch, the next is already being rendered, so that no core waits for the other.
 * {@link #alongside} runs two pieces of work side by side, each on a thread: the release's per-item
 * files, a folder to a thread.
 */
final class Batched {
  /**
   * Items per batch. Whatever is in flight when the young generation is collected survives it and,
   * with the launcher's options for large catalogs, goes straight to the old generation: batches of
   * 1,024 rendered items filled it with dead pages until a full collection of the whole heap (0.7 s
   * in a 100k-item publish); with 256 there is none, and the cores still take turns evenly.
   */
  static final int BATCH = 256;

  private Batched() {}

  /** The work for one input; runs on any thread. */
  interface Work<T, R> {
    R apply(T input) throws IOException;
  }

  /** Receives one result, in input order, on the calling thread. */
  interface Sink<R> {
    void accept(R result) throws IOException;
  }

  /**
   * Runs {@code work} over {@code inputs} in parallel and gives {@code sink} the results in order.
   * A failure, of the work or of the sink, is thrown only after every task started has ended, so
   * that the caller can clean up knowing that nothing still writes.
   */
  static <T, R> void forEach(List<T> inputs, Work<T, R> work, Sink<R> sink) throws IOException {
    FutureTask<List<Object>> next = start(inputs, 0, work);
    try {
      for (int from = 0; from < inputs.size(); from += BATCH) {
        List<Object> results = await(next);
        next = start(inputs, from + BATCH, work);
        for (Object result : results) {
          if (result instanceof Failure failure) {
            failure.rethrow();
          }
        }
        for (Object result : results) {
          @SuppressWarnings("unchecked")
          R r = (R) result;
          sink.accept(r);
        }
      }
    } finally {
      if (next != null) {
        await(next);
      }
    }
  }

  /** Work that may fail with an {@link IOException}. */
  interface Task {
    void run() throws IOException;
  }

  /**
   * Runs {@code background} on a thread of its own while the calling thread runs {@code foreground}
   * (a release's guide pages beside its items' JSON). Returns, or throws a failure of either (the
   * foreground's first), only when both have ended.
   */
  static void alongside(Task background, Task foreground) throws IOException {
    FutureTask<Failure> other =
        onThread(
            "svcat-alongside",
            () -> {
              try {
                background.run();
                return null;
              } catch (IOException | RuntimeException e) {
                return new Failure(e);
              }
            });
    Failure failure;
    try {
      foreground.run();
    } finally {
      failure = await(other); // the foreground's failure, if any, goes on from here
    }
    if (failure != null) {
      failure.rethrow();
    }
  }

  /**
   * The batch of {@code inputs} from {@code from}, being worked on by a thread of its own and its
   * helpers; null past the end. Each result is the work's or the {@link Failure} it threw.
   */
  private static <T, R> FutureTask<List<Object>> start(List<T> inputs, int from, Work<T, R> work) {
    if (from >= inputs.size()) {
      return null;
    }
    return onThread(
        "svcat-batch",
        () ->
            Parallel.map(
                inputs.subList(from, Math.min(inputs.size(), from + BATCH)),
                input -> {
                  try {
                    return (Object) work.apply(input);
                  } catch (IOException | RuntimeException e) {
                    return new Failure(e);
                  }
                }));
  }

  /** {@code work} running on a daemon thread of its own called {@code name}. */
  private static <V> FutureTask<V> onThread(String name, Callable<V> work) {
    FutureTask<V> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The result of {@code task}, waiting for it to end even when interrupted (kept for later). */
  private static <V> V await(FutureTask<V> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          // the work's exceptions are results; only an Error gets here
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What a task threw, kept until the batch has ended. */
  private record Failure(Exception exception) {
    void rethrow() throws IOException {
      if (exception instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) exception;
    }
  }
}
