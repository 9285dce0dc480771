package org.svcat.core.publish;

import java.io.IOException;
import java.util.List;
import org.svcat.core.parallel.Parallel;

/**
 * Does the per-item work of a release (rendering, and writing the item's own files) on every core,
 * a batch at a time, and hands the results on in order on the calling thread: output stays
 * deterministic and only one batch of rendered pages is in memory at once.
 */
final class Batched {
  private static final int BATCH = 1024;

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
   * A failure is thrown only after every running task of its batch has ended, so that the caller
   * can clean up knowing that nothing still writes.
   */
  static <T, R> void forEach(List<T> inputs, Work<T, R> work, Sink<R> sink) throws IOException {
    for (int from = 0; from < inputs.size(); from += BATCH) {
      List<Object> results =
          Parallel.map(
              inputs.subList(from, Math.min(inputs.size(), from + BATCH)),
              input -> {
                try {
                  return (Object) work.apply(input);
                } catch (IOException | RuntimeException e) {
                  return new Failure(e);
                }
              });
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
