package org.svcat.core.model;

/** An accepted finding of one rule on one item, with the mandatory reason. */
public record Suppression(String rule, String reason) {}
