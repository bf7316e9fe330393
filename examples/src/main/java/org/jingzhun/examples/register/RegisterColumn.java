package org.jingzhun.examples.register;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * 名册列 — the columns of a register CSV file. Household columns repeat on every row of the
 * household; member columns describe the row's member. A file may leave optional columns out.
 */
public enum RegisterColumn {
  HOUSEHOLD_ID(true, true),
  VILLAGE(true, true),
  HOUSING(true, true),
  SAFE_DRINKING_WATER(true, true),
  WAGES(true, false),
  BUSINESS(true, false),
  PROPERTY(true, false),
  TRANSFERS(true, false),
  PRODUCTION_COSTS(true, false),
  DIVIDENDS(true, false),
  ORDER_PURCHASING(true, false),
  COLLECTIVE_ASSETS(true, false),
  PUBLIC_WELFARE_JOBS(true, false),
  RIGID_MEDICAL(true, false),
  RIGID_DISABILITY(true, false),
  RIGID_DISASTER(true, false),
  RIGID_EDUCATION(true, false),
  CAUSES(true, false),
  CATEGORY(true, false),
  STATUS(true, false),
  REGISTRATION_YEAR(true, false),
  MEMBER_ID(false, true),
  BIRTH_DATE(false, true),
  RELATIONSHIP(false, true),
  DISABILITY_GRADE(false, false),
  HEALTH(false, false),
  LABOUR_CAPACITY(false, true),
  SCHOOL_STAGE(false, false),
  BOARDING(false, false),
  INSURED(false, false),
  TRAININGS(false, false);

  private static final ImmutableMap<String, RegisterColumn> BY_HEADER =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(RegisterColumn::header, Function.identity()));

  private final boolean householdField;
  private final boolean required;

  RegisterColumn(boolean householdField, boolean required) {
    this.householdField = householdField;
    this.required = required;
  }

  /** The header as written in the file: the name in lower case, e.g. {@code household_id}. */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the column belongs to the household (and repeats on each of its rows). */
  public boolean householdField() {
    return householdField;
  }

  /** Whether every file must have the column. */
  public boolean required() {
    return required;
  }

  /** The column with this header, ignoring case and surrounding spaces. */
  public static Optional<RegisterColumn> ofHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(header.strip().toLowerCase(Locale.ROOT)));
  }
}
