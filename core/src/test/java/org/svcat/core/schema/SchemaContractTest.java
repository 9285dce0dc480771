package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcat.core.model.Channel;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.Handling;
import org.svcat.core.model.ItemType;
import org.svcat.core.model.Level;
import org.svcat.core.model.MaterialForm;
import org.svcat.core.model.MaterialSource;
import org.svcat.core.model.Necessity;
import org.svcat.core.model.OnlineDepth;
import org.svcat.core.model.ResultType;
import org.svcat.core.model.ServiceObject;
import org.svcat.core.model.Status;
import org.svcat.core.model.TimeUnit;
import org.svcat.core.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The code lists in the published schemas are exactly the labels of the model's enumerations. */
class SchemaContractTest {
  static Stream<Arguments> codeLists() {
    return Stream.of(
        Arguments.of("common.schema.json", "/$defs/itemType/enum", ItemType.class),
        Arguments.of("common.schema.json", "/$defs/level/enum", Level.class),
        Arguments.of("common.schema.json", "/$defs/status/enum", Status.class),
        Arguments.of("common.schema.json", "/$defs/timeUnit/enum", TimeUnit.class),
        Arguments.of("common.schema.json", "/$defs/materialForm/enum", MaterialForm.class),
        Arguments.of("common.schema.json", "/$defs/materialSource/enum", MaterialSource.class),
        Arguments.of("item.schema.json", "/properties/handling/enum", Handling.class),
        Arguments.of("item.schema.json", "/properties/channels/items/enum", Channel.class),
        Arguments.of("item.schema.json", "/properties/onlineDepth/items/enum", OnlineDepth.class),
        Arguments.of(
            "item.schema.json", "/properties/serviceObjects/items/enum", ServiceObject.class),
        Arguments.of(
            "item.schema.json",
            "/properties/materials/items/properties/necessity/enum",
            Necessity.class),
        Arguments.of(
            "item.schema.json", "/properties/result/properties/type/enum", ResultType.class));
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  <E extends Enum<E> & CodedLabel> void schemaEnumEqualsModelLabels(
      String schema, String pointer, Class<E> type) throws IOException {
    JsonNode root =
        JsonMapper.builder()
            .build()
            .readTree(
                Files.readString(Fixtures.repositoryRoot().resolve("schemas").resolve(schema)));
    List<String> inSchema = new ArrayList<>();
    root.at(pointer).forEach(n -> inSchema.add(n.stringValue()));
    List<String> labels = Arrays.stream(type.getEnumConstants()).map(CodedLabel::label).toList();
    assertThat(inSchema).as(schema + pointer).isEqualTo(labels);
  }
}
