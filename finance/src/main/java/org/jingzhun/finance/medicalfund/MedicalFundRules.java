package org.jingzhun.finance.medicalfund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.policy.SchemeInForce;

/**
 * 医疗救助基金管理规则 — how the fund charges a disbursement to its sources' sub-ledgers: the
 * order in which sources are drawn when a payment names none, and whether a source may go below
 * zero (a budget advance, 财政垫付) or every payment must be covered by money held.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMedicalFundRules.class)
@JsonDeserialize(as = ImmutableMedicalFundRules.class)
public abstract class MedicalFundRules {
  /**
   * The parameter {@code medical-assistance-fund.drawing-order}: the sources in the order they are
   * drawn, e.g. {@code DONATION,LOTTERY,BUDGET,INTEREST,OTHER}.
   */
  public static final ParameterKey<String> DRAWING_ORDER = ParameterKey.text("medical-assistance-fund.drawing-order");
  /**
   * The parameter {@code medical-assistance-fund.overdraft-source}: {@code NONE} when no source may go below zero (a payment the fund
   * cannot cover is refused), or the source that advances what the others cannot pay.
   */
  public static final ParameterKey<String> OVERDRAFT_SOURCE = ParameterKey.text("medical-assistance-fund.overdraft-source");
  private static final String NONE = "NONE";

  /** {@return every source, once, in the order drawn for a payment that names none} */
  public abstract List<FundSource> drawingOrder();

  /**
   * {@return the source whose sub-ledger may go below zero to pay what the others cannot; empty
   * when none may, and a payment the fund cannot cover is refused}
   */
  public abstract Optional<FundSource> overdraftSource();

  /** {@return a builder of new {@link MedicalFundRules}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutableMedicalFundRules.Builder {}

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(DRAWING_ORDER);
    read.need(OVERDRAFT_SOURCE);
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} when a
   *     parameter is not in force, or naming a parameter whose text is not a source
   */
  public static MedicalFundRules fromPolicy(PolicyBook book, RegionCode region, LocalDate date) {
    SchemeInForce.require(book, DRAWING_ORDER, region, date, "医疗救助基金分账核算规则 (the medical-assistance fund's rules)",
        "set " + DRAWING_ORDER + " and " + OVERDRAFT_SOURCE + " for the region in an overlay, or give the rules in full"
            + " (MedicalFundRules.builder())");
    PolicyReader.check(book, region, date, MedicalFundRules::need);
    Violations v = Violations.collect();
    List<FundSource> order = new ArrayList<>();
    for (String name : book.value(DRAWING_ORDER, region, date).split(",")) {
      source(name.strip(), DRAWING_ORDER.name(), v).ifPresent(order::add);
    }
    String overdraft = book.value(OVERDRAFT_SOURCE, region, date).strip();
    Optional<FundSource> source = overdraft.equals(NONE) ? Optional.empty() : source(overdraft, OVERDRAFT_SOURCE.name(), v);
    v.throwIfAny();
    return builder().drawingOrder(order).overdraftSource(source).build();
  }

  private static Optional<FundSource> source(String name, String parameter, Violations v) {
    try {
      return Optional.of(FundSource.valueOf(name));
    } catch (IllegalArgumentException e) {
      v.add(parameter, name, "不是基金来源（BUDGET、LOTTERY、DONATION、INTEREST、OTHER）/ is not a fund source");
      return Optional.empty();
    }
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}): the order names every source once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Set<FundSource> named = EnumSet.noneOf(FundSource.class);
    boolean once = drawingOrder().stream().allMatch(named::add);
    Violations.collect().check(once && named.size() == FundSource.values().length, "drawingOrder", drawingOrder(),
        "须将每个基金来源各列一次 / must name every source once").throwIfAny();
  }
}
