package org.svcat.core.model;

/** A special procedure whose time is not counted in the limit (行政许可法 第四十五条). */
public record SpecialProcedure(String name, TimeLimit limit) {}
