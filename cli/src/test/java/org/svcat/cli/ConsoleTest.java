package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleTest {
  @Test
  void theLanguageIsTheOneThePosixVariablesNameEvenWhenTheJvmFellBackToEnglish() {
    // LANG=zh_CN.UTF-8 in a container without that locale: the JVM's default is en_US
    assertThat(Console.languageOf(Locale.US, Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo("zh");
    assertThat(Console.languageOf(Locale.US, Map.of("LANG", "zh_TW.UTF-8"))).isEqualTo("zh");
    // LC_ALL, then LC_MESSAGES, then LANG, as setlocale reads them; an empty one is not set
    assertThat(
            Console.languageOf(
                Locale.SIMPLIFIED_CHINESE,
                Map.of("LC_ALL", "C.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8", "LANG", "zh_CN.UTF-8")))
        .isEqualTo("en");
    assertThat(
            Console.languageOf(
                Locale.US, Map.of("LC_ALL", "", "LC_MESSAGES", "zh_CN.UTF-8", "LANG", "C")))
        .isEqualTo("zh");
    assertThat(Console.languageOf(Locale.SIMPLIFIED_CHINESE, Map.of("LANG", "en_US.UTF-8")))
        .isEqualTo("en");
  }

  @Test
  void withoutThoseVariablesTheLanguageIsTheJvmsAsOnWindows() {
    assertThat(Console.languageOf(Locale.SIMPLIFIED_CHINESE, Map.of())).isEqualTo("zh");
    assertThat(Console.languageOf(Locale.CHINA, Map.of("LANG", ""))).isEqualTo("zh");
    assertThat(Console.languageOf(Locale.US, Map.of("TERM", "xterm"))).isEqualTo("en");
  }
}
