package org.svcat.core.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Work over a list on every core, the elements handed out one at a time from a shared counter.
 * Unlike a parallel stream, whose calling thread can wait idle while a pool thread works through
 * the rest of its half of the list, every thread stays busy until no element is left: with a
 * parallel stream, the last second of loading a large catalog ran on one of two cores.
 */
public final class Parallel {
  private Parallel() {}

  /**
   * {@code work} applied to each of {@code inputs}, the results in input order. The calling thread
   * takes part. A failure stops the handing out and is rethrown once every thread has stopped.
   */
  public static <T, R> List<R> map(List<T> inputs, Function<? super T, ? extends R> work) {
    int size = inputs.size();
    Object[] results = new Object[size];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          try {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
              results[i] = work.apply(inputs.get(i));
            }
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            next.set(size);
          }
        };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < Math.min(size, Runtime.getRuntime().availableProcessors()); t++) {
      Thread helper = new Thread(worker, "svcat-worker");
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    worker.run();
    joinAll(helpers);
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return Collections.unmodifiableList(list);
  }

  /** Waits for every one of {@code threads}, keeping an interrupt for the caller to see. */
  private static void joinAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
