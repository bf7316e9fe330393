package org.jingzhun.planning.ledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 户账目 — 账目分记: the ledger of what households received, entry by entry (programme, fund,
 * date, amount, and the rule and parameters behind each), with the funds named, and the
 * balances by fund, which add up to the total to the fen. One household's prescription gives
 * one household's ledger ({@link PrescriptionLedger}); a campaign gives every household's
 * ({@link CampaignLedger}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdLedger.class)
@JsonDeserialize(as = ImmutableHouseholdLedger.class)
@JsonIgnoreProperties(value = {"balances", "total"}, allowGetters = true)
public abstract class HouseholdLedger {

  /** {@return the funds that paid the entries (and any other in force), in the parameter's order} */
  public abstract List<Fund> funds();

  /** {@return every entry, by household, then date, then programme} */
  public abstract List<LedgerEntry> entries();

  /** {@return the sum of the entries of each fund, by fund id; funds that paid nothing are absent} */
  @Value.Derived
  @Value.Auxiliary
  public SortedMap<String, Money> balances() {
    SortedMap<String, Money> out = new TreeMap<>();
    for (LedgerEntry e : entries()) {
      out.merge(e.fund(), e.amount(), Money::plus);
    }
    return out;
  }

  /** {@return the sum of every entry: the sum of {@link #balances()}, to the fen} */
  @Value.Derived
  @Value.Auxiliary
  public Money total() {
    return Money.sum(entries().stream().map(LedgerEntry::amount).toList());
  }

  /**
   * {@return the balances by fund of the entries of household {@code householdId}}
   *
   * @param householdId the household's register number
   */
  public final SortedMap<String, Money> balancesOf(String householdId) {
    SortedMap<String, Money> out = new TreeMap<>();
    for (LedgerEntry e : entries()) {
      if (e.householdId().equals(householdId)) {
        out.merge(e.fund(), e.amount(), Money::plus);
      }
    }
    return out;
  }

  /** {@return the balances by year and fund: what each fund paid in each calendar year} */
  public final SortedMap<Integer, SortedMap<String, Money>> balancesByYear() {
    SortedMap<Integer, SortedMap<String, Money>> out = new TreeMap<>();
    for (LedgerEntry e : entries()) {
      out.computeIfAbsent(e.date().getYear(), y -> new TreeMap<>()).merge(e.fund(), e.amount(), Money::plus);
    }
    return out;
  }

  /** {@return a builder of a new {@link HouseholdLedger}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a ledger. */
  public static final class Builder extends ImmutableHouseholdLedger.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}): every entry's fund is one of
   * the funds.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    Map<String, Fund> byId = new HashMap<>();
    funds().forEach(f -> byId.put(f.id(), f));
    for (int i = 0; i < entries().size(); i++) {
      String fund = entries().get(i).fund();
      v.check(byId.containsKey(fund), "entries[" + i + "].fund", fund, "不是账目所列资金 / is not one of the ledger's funds");
    }
    v.throwIfAny();
  }
}
