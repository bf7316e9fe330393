package org.jingzhun.eligibility.entitlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;

/**
 * 待遇清单 — what the programmes grant one household, in the order granted, with the running
 * totals: the monthly total counts monthly payments only, the yearly total counts every
 * entitlement's year. One instance serves one household; it is not shared between threads.
 */
public final class Grants {
  private final List<Entitlement> entitlements = new ArrayList<>();
  private Money monthlyTotal = Money.ZERO;
  private Money yearlyTotal = Money.ZERO;
  private Optional<Share> personalShareCap = Optional.empty();

  private Grants() {}

  /** {@return an empty list of grants for one household} */
  public static Grants collecting() {
    return new Grants();
  }

  /**
   * Grants the whole household an entitlement of {@code kind}.
   *
   * @param kind what is granted; its payment says what {@code amount} is
   * @param amount the amount a month (monthly kinds), a year (yearly kinds) or once (one-off kinds)
   * @return these grants
   */
  public Grants grant(EntitlementKind kind, Money amount) {
    return add(Entitlement.of(kind, Optional.empty(), amount));
  }

  /**
   * Grants one member an entitlement of {@code kind}.
   *
   * @param kind what is granted; its payment says what {@code amount} is
   * @param memberId the member it is for
   * @param amount the amount a month (monthly kinds), a year (yearly kinds) or once (one-off kinds)
   * @return these grants
   */
  public Grants grant(EntitlementKind kind, String memberId, Money amount) {
    return add(Entitlement.of(kind, Optional.of(memberId), amount));
  }

  /**
   * Sets the cap on the household's personal share of in-county hospital bills (县域内住院个人自付比例上限).
   *
   * @param cap the cap
   * @return these grants
   */
  public Grants personalShareCap(Share cap) {
    this.personalShareCap = Optional.of(cap);
    return this;
  }

  /**
   * {@return a sink that adds to these grants what a programme grants {@code household} in fen,
   * naming each member by its id}
   *
   * @param household the household the grants are for; member {@code m} of a grant is its
   *     {@code m}-th member
   */
  public GrantSink sink(Household household) {
    List<Person> members = household.members();
    return new GrantSink() {
      @Override
      public void grant(EntitlementKind kind, int member, long fen) {
        Money amount = Money.ofFen(fen);
        if (member == HOUSEHOLD) {
          Grants.this.grant(kind, amount);
        } else {
          Grants.this.grant(kind, members.get(member).id(), amount);
        }
      }

      @Override
      public void personalShareCap(Share cap) {
        Grants.this.personalShareCap(cap);
      }
    };
  }

  private Grants add(Entitlement e) {
    entitlements.add(e);
    monthlyTotal = monthlyTotal.plus(e.monthly());
    yearlyTotal = yearlyTotal.plus(e.yearly());
    return this;
  }

  /** {@return the entitlements granted, in the order granted} */
  public List<Entitlement> entitlements() {
    return List.copyOf(entitlements);
  }

  /** {@return the sum of the monthly amounts (monthly payments only)} */
  public Money monthlyTotal() {
    return monthlyTotal;
  }

  /** {@return the sum of the yearly amounts (every entitlement)} */
  public Money yearlyTotal() {
    return yearlyTotal;
  }

  /** {@return the cap on the personal share of in-county hospital bills, if one was set} */
  public Optional<Share> personalShareCap() {
    return personalShareCap;
  }
}
