package org.svcat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestsTest {
  @TempDir Path temp;

  @Test
  void aFileReadInBlocksHasTheDigestOfItsBytes() throws IOException {
    byte[] bytes = new byte[200_001]; // three blocks and a bit
    new Random(3).nextBytes(bytes);
    Path file = Files.write(temp.resolve("big.bin"), bytes);

    assertThat(Digests.sha256(file)).isEqualTo(Digests.sha256(bytes));
    // the digest of one file does not leak into the next
    assertThat(Digests.sha256(file)).isEqualTo(Digests.sha256(bytes));
  }

  @Test
  void anEmptyFileHasTheDigestOfNothing() throws IOException {
    Path empty = Files.createFile(temp.resolve("empty"));

    assertThat(HexFormat.of().formatHex(Digests.sha256(empty)))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
