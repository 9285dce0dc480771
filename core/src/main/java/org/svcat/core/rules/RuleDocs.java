package org.svcat.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The doc pages of the rules: {@code docs/rules/<id>.md}, packaged into the core jar. */
public final class RuleDocs {
  private static final String DIR = "/org/svcat/core/rules/docs/";

  private RuleDocs() {}

  /** The doc page of rule {@code id}, if there is one. */
  public static Optional<String> find(String id) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(DIR + id + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The doc page of rule {@code id}; a bug if it is missing (a meta-test checks every rule). */
  public static String page(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no doc page for rule " + id));
  }
}
