package org.svcat.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, from {@code version.properties} (filtered by Maven). */
final class Version {
  static final String VERSION = read();

  private Version() {}

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the unknown version
    }
    return p.getProperty("version", "0.0.0-unknown");
  }
}
