package org.svcat.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchedTest {
  /** More than two batches and a part of one, so that every batch after the first overlaps. */
  private static final List<Integer> INPUTS =
      IntStream.range(0, 2 * Batched.BATCH + 100).boxed().toList();

  @Test
  void theSinkGetsEveryResultInInputOrderOnTheCallingThread() throws IOException {
    List<Integer> received = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<Thread> sinkThreads = new ArrayList<>();
    Batched.forEach(
        INPUTS,
        i -> i * 3,
        r -> {
          received.add(r);
          if (!sinkThreads.contains(Thread.currentThread())) {
            sinkThreads.add(Thread.currentThread());
          }
        });
    assertThat(received).containsExactlyElementsOf(INPUTS.stream().map(i -> i * 3).toList());
    assertThat(sinkThreads).containsExactly(caller);
  }

  @Test
  void anEmptyListCallsNothing() throws IOException {
    Batched.forEach(
        List.<Integer>of(),
        i -> {
          throw new AssertionError("no work");
        },
        r -> {
          throw new AssertionError("no sink");
        });
  }

  @Test
  void aFailingWorkIsThrownWithItsTypeAndNoResultOfItsBatchIsHandedOn() {
    List<Integer> received = new ArrayList<>();
    int failing = Batched.BATCH + 5;
    assertThatThrownBy(
            () ->
                Batched.forEach(
                    INPUTS,
                    i -> {
                      if (i == failing) {
                        throw new IOException("disk full at " + i);
                      }
                      return i;
                    },
                    received::add))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full at " + failing);
    assertThat(received).containsExactlyElementsOf(INPUTS.subList(0, Batched.BATCH));
  }

  @Test
  void aFailingSinkIsThrownOnlyOnceTheBatchWorkedOnMeanwhileHasEnded() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Batched.forEach(
                    INPUTS,
                    i -> {
                      running.incrementAndGet();
                      try {
                        Thread.sleep(0, 200_000);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      done.incrementAndGet();
                      running.decrementAndGet();
                      return i;
                    },
                    r -> {
                      if (r == 10) {
                        throw new IllegalStateException("sink failed at " + r);
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sink failed at 10");
    assertThat(running).hasValue(0);
    // the first batch, and the second, started before the sink failed, ran to their ends
    assertThat(done.get()).isEqualTo(2 * Batched.BATCH);
  }

  @Test
  void alongsideRunsTheBackgroundOnAnotherThreadAndReturnsWhenBothHaveEnded() throws IOException {
    List<Thread> threads = new CopyOnWriteArrayList<>();
    AtomicInteger ended = new AtomicInteger();
    Batched.alongside(
        () -> {
          threads.add(Thread.currentThread());
          pause();
          ended.incrementAndGet();
        },
        () -> threads.add(Thread.currentThread()));
    assertThat(ended).hasValue(1);
    assertThat(threads).hasSize(2).doesNotHaveDuplicates().contains(Thread.currentThread());
  }

  @Test
  void aFailingBackgroundIsThrownWithItsTypeOnceTheForegroundHasEnded() {
    AtomicInteger foregroundEnded = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Batched.alongside(
                    () -> {
                      throw new IOException("disk full");
                    },
                    () -> {
                      pause();
                      foregroundEnded.incrementAndGet();
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(foregroundEnded).hasValue(1);
  }

  @Test
  void aFailingForegroundIsThrownOnlyOnceTheBackgroundHasEnded() {
    AtomicInteger backgroundEnded = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Batched.alongside(
                    () -> {
                      pause();
                      backgroundEnded.incrementAndGet();
                      throw new IllegalStateException("background failed too");
                    },
                    () -> {
                      throw new IOException("foreground failed");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("foreground failed");
    assertThat(backgroundEnded).hasValue(1);
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
