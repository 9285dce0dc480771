package org.svcat.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mapping keys are the JVM's interned instances, which the schema validator and Jackson find by
 * identity; the table of them stays bounded whatever a file holds.
 */
class MappingKeysTest {
  @Test
  void theReaderGivesEveryKeyItsInternedInstance() {
    ParsedYaml parsed =
        new StrictYamlReader()
            .readWithoutPositions(
                "code: a\ndeadline:\n  promised: {value: 1, unit: 工作日}\n"
                    .getBytes(StandardCharsets.UTF_8));

    List<String> keys = List.copyOf(parsed.root().propertyNames());
    assertThat(keys.get(0)).isSameAs("code");
    assertThat(keys.get(1)).isSameAs("deadline");
    String nested = parsed.root().get("deadline").get("promised").propertyNames().iterator().next();
    assertThat(nested).isSameAs("value");
  }

  @Test
  void aKeyReadAgainIsTheSameInstance() {
    MappingKeys keys = new MappingKeys(8);
    String first = keys.canonical(new String("materials"));
    String second = keys.canonical(new String("materials"));

    assertThat(first).isSameAs(second).isSameAs("materials");
  }

  @Test
  void pastItsSizeOrForALongKeyTheTableHandsBackTheKeyAsRead() {
    MappingKeys keys = new MappingKeys(2);
    keys.canonical(new String("code"));
    keys.canonical(new String("name"));
    String third = new String("basicCode");
    String longKey = new String("k".repeat(MappingKeys.MAX_CHARS + 1));

    assertThat(keys.canonical(third)).isSameAs(third);
    assertThat(new MappingKeys(8).canonical(longKey)).isSameAs(longKey);
    assertThat(keys.canonical(new String("code"))).isSameAs("code");
  }
}
