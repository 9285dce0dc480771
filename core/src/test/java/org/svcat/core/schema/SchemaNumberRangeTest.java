package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Numbers beyond the {@code long} range make the validator's minimum/maximum checks throw; the
 * validator then checks a copy with such numbers at the edge of the range, so they are reported
 * against the same bound instead of failing the run.
 */
class SchemaNumberRangeTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  static Stream<JsonNode> beyondLong() {
    return Stream.of(
        NODES.numberNode(BigInteger.TEN.pow(400)),
        NODES.numberNode(BigInteger.TEN.pow(400).negate()),
        NODES.numberNode(BigInteger.ONE.shiftLeft(63)),
        NODES.numberNode(new BigDecimal("1.5e400")),
        NODES.numberNode(1e30),
        NODES.numberNode(-1e30),
        NODES.numberNode(Double.POSITIVE_INFINITY),
        NODES.numberNode(Double.NaN));
  }

  @ParameterizedTest
  @MethodSource("beyondLong")
  void numberBeyondLongIsReportedAtItsPointer(JsonNode visits) {
    List<SchemaProblem> problems = VALIDATOR.validate(SchemaKind.ITEM, item(visits));

    assertThat(problems)
        .filteredOn(p -> p.pointer().equals("/visits"))
        .extracting(SchemaProblem::keyword)
        .isNotEmpty()
        .allMatch(k -> List.of("minimum", "maximum", "type").contains(k));
  }

  @Test
  void numberInRangeIsAccepted() {
    assertThat(VALIDATOR.validate(SchemaKind.ITEM, item(NODES.numberNode(3))))
        .noneMatch(p -> p.pointer().equals("/visits"));
  }

  @Test
  void documentIsNotChanged() {
    ObjectNode item = item(NODES.numberNode(BigInteger.TEN.pow(400)));

    VALIDATOR.validate(SchemaKind.ITEM, item);

    assertThat(item.get("visits").bigIntegerValue()).isEqualTo(BigInteger.TEN.pow(400));
  }

  private static ObjectNode item(JsonNode visits) {
    ObjectNode item = NODES.objectNode();
    item.put("name", "测试事项");
    item.set("visits", visits);
    return item;
  }
}
