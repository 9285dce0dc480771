package org.svcat.core.model;

/** What the applicant receives (办理结果) and its type. */
public record Result(String name, ResultType type) {}
