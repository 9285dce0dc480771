package org.svcat.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsComeInInputOrder() {
    List<Integer> inputs = IntStream.range(0, 10_000).boxed().toList();
    assertThat(Parallel.map(inputs, i -> i * 2))
        .containsExactlyElementsOf(inputs.stream().map(i -> i * 2).toList());
  }

  @Test
  void anEmptyListGivesAnEmptyList() {
    assertThat(Parallel.map(List.<String>of(), String::length)).isEmpty();
  }

  @Test
  void aFailureIsRethrownOnceNoThreadStillWorks() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    List<Integer> inputs = IntStream.range(0, 1_000).boxed().toList();
    assertThatThrownBy(
            () ->
                Parallel.map(
                    inputs,
                    i -> {
                      running.incrementAndGet();
                      started.incrementAndGet();
                      try {
                        Thread.sleep(1);
                        if (i == 20) {
                          throw new IllegalStateException("element 20");
                        }
                        return i;
                      } catch (InterruptedException e) {
                        throw new AssertionError(e);
                      } finally {
                        running.decrementAndGet();
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("element 20");
    assertThat(running).hasValue(0);
    assertThat(started.get()).isLessThan(inputs.size());
  }
}
