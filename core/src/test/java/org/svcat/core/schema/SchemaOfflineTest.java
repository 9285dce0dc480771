package org.svcat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The schema registry svcat uses never opens a connection, whatever a schema refers to. */
class SchemaOfflineTest {
  @Test
  void refToAnHttpUrlFailsWithoutConnecting() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(300);
      AtomicInteger connections = new AtomicInteger();
      Thread listener =
          new Thread(
              () -> {
                try {
                  server.accept().close();
                  connections.incrementAndGet();
                } catch (SocketTimeoutException expected) {
                  // nobody came
                } catch (IOException ignored) {
                  // closed
                }
              });
      listener.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.schema.json";
      String schemaJson =
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
              + "\"$id\":\"https://svcat.org/schemas/test.schema.json\","
              + "\"$ref\":\""
              + url
              + "\"}";
      assertThatThrownBy(
              () -> {
                Schema schema = SchemaValidator.offlineRegistry().getSchema(schemaJson);
                schema.initializeValidators();
                schema.validate(new JsonMapper().readTree("{}"));
              })
          .hasMessageContaining("evil.schema.json");
      listener.join();
      assertThat(connections).hasValue(0);
    }
  }

  @Test
  void bundledSchemasStillLoad() {
    SchemaValidator validator = new SchemaValidator();
    assertThat(validator.validate(SchemaKind.CALENDAR, new JsonMapper().readTree("{}")))
        .isNotEmpty();
  }
}
