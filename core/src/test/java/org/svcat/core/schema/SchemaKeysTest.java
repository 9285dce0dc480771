package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schemas are read with interned property names, the instances the YAML reader gives a file's
 * keys, so that the validator finds each property by identity rather than by comparing texts.
 */
class SchemaKeysTest {
  @Test
  void theItemSchemasPropertyNamesAreInterned() {
    var schema =
        SchemaValidator.offlineRegistry().getSchema(SchemaLocation.of(SchemaKind.ITEM.iri()));

    List<String> names = List.copyOf(schema.getSchemaNode().get("properties").propertyNames());
    assertThat(names).contains("code", "materials");
    for (String name : names) {
      assertThat(name).isSameAs(name.intern());
    }
    assertThat(names.get(names.indexOf("materials"))).isSameAs("materials");
  }

  /** Annotations a person reads (the fields' Chinese names) cost the validator nothing. */
  @Test
  void annotationsMakeNoValidators() {
    var schema =
        SchemaValidator.offlineRegistry().getSchema(SchemaLocation.of(SchemaKind.ITEM.iri()));
    schema.initializeValidators();

    assertThat(schema.getSchemaNode().path("title").isString()).isTrue();
    assertThat(schema.getValidators())
        .extracting(v -> v.getKeyword())
        .contains("properties", "required")
        .doesNotContainAnyElementsOf(SchemaValidator.UNREAD);
  }
}
