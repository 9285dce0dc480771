package org.svcat.core.finding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts in Chinese and English, from {@code org/svcat/core/messages*.properties}. Keys
 * of a rule are {@code <rule-id>.summary}, {@code <rule-id>.message[.<variant>]} and {@code
 * <rule-id>.hint[.<variant>]}; arguments use {@link MessageFormat} syntax.
 */
public final class Messages {
  /** The bundle's base name. */
  public static final String BUNDLE = "org.svcat.core.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(String baseName, Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            baseName,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The core messages in Chinese ({@code zh}) or English (anything else). */
  public static Messages forLanguage(String language) {
    return forLanguage(BUNDLE, language);
  }

  /**
   * The messages of bundle {@code baseName} in Chinese ({@code zh}) or English (anything else):
   * {@code <baseName>_zh.properties} or {@code <baseName>.properties}.
   */
  public static Messages forLanguage(String baseName, String language) {
    return new Messages(baseName, "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
  }

  /** The language of these messages: {@code zh} or {@code en}. */
  public String language() {
    return "zh".equals(locale.getLanguage()) ? "zh" : "en";
  }

  /** The locale of these messages. */
  public Locale locale() {
    return locale;
  }

  /** True when the bundle defines {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text of {@code key} with {@code args} filled in; the key itself when it is missing. */
  public String format(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (args.length == 0) {
      return pattern.replace("''", "'");
    }
    return new MessageFormat(pattern, locale).format(args);
  }
}
