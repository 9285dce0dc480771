package org.svcat.core.model;

/** A legal source (设定依据 / 实施依据): a statute title, optionally an article and its text. */
public record LegalBasis(String title, String article, String text) {}
