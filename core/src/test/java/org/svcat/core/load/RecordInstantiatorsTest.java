package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Records bind through reflection exactly as through Jackson's own call. */
public class RecordInstantiatorsTest {
  private static final JsonMapper JACKSONS = JsonMapper.builder().build();
  private static final JsonMapper REFLECTIVE =
      JsonMapper.builder().addModule(RecordInstantiators.module()).build();

  /** A record that refuses a negative count and notes how its constructor was called. */
  public record Counted(int count, String name) {
    static volatile List<String> callers = List.of();

    public Counted {
      callers =
          StackWalker.getInstance()
              .walk(frames -> frames.limit(12).map(StackWalker.StackFrame::getMethodName).toList());
      if (count < 0) {
        throw new IllegalArgumentException("count is negative");
      }
    }
  }

  @Test
  void bindsWhatJacksonBindsWithoutInvokeWithArguments() {
    String json = "{\"count\": 2, \"name\": \"材料\"}";
    Counted reflected = REFLECTIVE.readValue(json, Counted.class);
    List<String> reflectiveCallers = Counted.callers;
    Counted jacksons = JACKSONS.readValue(json, Counted.class);
    List<String> jacksonsCallers = Counted.callers;

    assertThat(reflected).isEqualTo(jacksons).isEqualTo(new Counted(2, "材料"));
    assertThat(reflectiveCallers).doesNotContain("invokeWithArguments");
    assertThat(jacksonsCallers).contains("invokeWithArguments");
  }

  @Test
  void aConstructorsExceptionIsReportedAsJacksonReportsIt() {
    String json = "{\"count\": -1, \"name\": \"x\"}";
    Throwable jacksons = catchThrowable(() -> JACKSONS.readValue(json, Counted.class));
    Throwable reflective = catchThrowable(() -> REFLECTIVE.readValue(json, Counted.class));
    assertThat(reflective)
        .isExactlyInstanceOf(jacksons.getClass())
        .hasMessage(jacksons.getMessage())
        .hasRootCauseMessage("count is negative");
  }
}
