package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTest {
  @Test
  void terminalsAreTheTtyDevicesThatProcNames() {
    assertThat(Console.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Console.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Console.isTerminalDevice("/dev/console")).isTrue();
  }

  @Test
  void filesPipesAndSocketsAreNotTerminals() {
    assertThat(Console.isTerminalDevice("/home/officer/errors.txt")).isFalse();
    assertThat(Console.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(Console.isTerminalDevice("socket:[98765]")).isFalse();
    assertThat(Console.isTerminalDevice("/dev/null")).isFalse();
  }
}
