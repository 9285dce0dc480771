package org.svcat.cli.commands;

/** The {@code --lang} values. */
public enum Language {
  zh,
  en
}
