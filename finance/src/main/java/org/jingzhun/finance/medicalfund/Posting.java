package org.jingzhun.finance.medicalfund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;

/** Posts one year of a fund to its sub-ledgers, in fen, in date order. */
final class Posting {
  private static final int SOURCES = FundSource.values().length;

  private final MedicalAssistanceFund fund;
  private final MedicalFundRules rules;
  private final long[] balance = new long[SOURCES];
  private final long[] received = new long[SOURCES];
  private final long[] paid = new long[SOURCES];
  private final List<FundCharge> charges = new ArrayList<>();

  /** A receipt (kind 0) or a disbursement (kind 1) at its index, for the date order. */
  private record Event(LocalDate date, int kind, int index) {}

  Posting(MedicalAssistanceFund fund, MedicalFundRules rules) {
    this.fund = fund;
    this.rules = rules;
    fund.openingBalances().forEach((s, amount) -> balance[s.ordinal()] = amount.fen());
  }

  MedicalFundStatement post() {
    long[] opening = balance.clone();
    for (Event e : events()) {
      if (e.kind() == 0) {
        FundReceipt r = fund.receipts().get(e.index());
        balance[r.source().ordinal()] = Math.addExact(balance[r.source().ordinal()], r.amount().fen());
        received[r.source().ordinal()] = Math.addExact(received[r.source().ordinal()], r.amount().fen());
      } else {
        charge(e.index(), fund.disbursements().get(e.index()));
      }
    }
    return statement(opening);
  }

  private List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < fund.receipts().size(); i++) {
      events.add(new Event(fund.receipts().get(i).date(), 0, i));
    }
    for (int i = 0; i < fund.disbursements().size(); i++) {
      events.add(new Event(fund.disbursements().get(i).date(), 1, i));
    }
    events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::kind).thenComparingInt(Event::index));
    return events;
  }

  private void charge(int index, FundDisbursement d) {
    List<FundSource> order = d.chargedTo().map(List::of).orElse(rules.drawingOrder());
    long due = d.amount().fen();
    for (FundSource s : order) {
      long draw = Math.min(due, Math.max(balance[s.ordinal()], 0));
      due -= draw;
      book(index, d, s, draw);
    }
    long unpaid = due;
    if (unpaid > 0) {
      FundSource advancing = rules.overdraftSource().orElseThrow(() -> shortfall(index, d, unpaid, order));
      book(index, d, advancing, unpaid);
    }
  }

  private void book(int index, FundDisbursement d, FundSource s, long fen) {
    if (fen > 0) {
      balance[s.ordinal()] -= fen;
      paid[s.ordinal()] = Math.addExact(paid[s.ordinal()], fen);
      charges.add(FundCharge.builder().disbursement(index).date(d.date()).beneficiaryId(d.beneficiaryId())
          .layer(d.layer()).source(s).amount(Money.ofFen(fen)).build());
    }
  }

  private ValidationException shortfall(int index, FundDisbursement d, long due, List<FundSource> order) {
    return ValidationException.of("disbursements[" + index + "].amount", d.amount(),
        "基金" + (order.size() == 1 ? "来源 " + order.get(0) + " " : "") + "于 " + d.date() + " 余额不足，差 " + Money.ofFen(due)
            + " 元，政策不允许透支 / the fund" + (order.size() == 1 ? "'s source " + order.get(0) : "") + " is short by "
            + Money.ofFen(due) + " on " + d.date() + " and the policy allows no overdraft");
  }

  private MedicalFundStatement statement(long[] opening) {
    MedicalFundStatement.Builder out = MedicalFundStatement.builder().year(fund.year()).charges(charges);
    for (FundSource s : FundSource.values()) {
      int k = s.ordinal();
      out.addSubLedgers(SubLedger.builder().source(s).opening(Money.ofFen(opening[k])).receipts(Money.ofFen(received[k]))
          .disbursements(Money.ofFen(paid[k])).closing(Money.ofFen(balance[k])).build());
    }
    Map<AssistanceLayer, Money> byLayer = new EnumMap<>(AssistanceLayer.class);
    for (AssistanceLayer l : AssistanceLayer.values()) {
      byLayer.put(l, Money.ZERO);
    }
    Map<String, Money> byBeneficiary = new TreeMap<>();
    for (FundDisbursement d : fund.disbursements()) {
      byLayer.merge(d.layer(), d.amount(), Money::plus);
      byBeneficiary.merge(d.beneficiaryId(), d.amount(), Money::plus);
    }
    return out.byLayer(byLayer).byBeneficiary(byBeneficiary).build();
  }
}
