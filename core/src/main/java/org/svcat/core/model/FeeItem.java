package org.svcat.core.model;

import java.math.BigDecimal;

/** One fee (收费项目) with its standard and basis. */
public record FeeItem(
    String name, String standard, BigDecimal amount, String basis, Boolean waivable) {}
