package org.jingzhun.eligibility.medical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Share;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.GrantSink;
import org.jingzhun.eligibility.entitlement.Grants;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.DeclaredProgramme;

/**
 * 县域内住院个人自付上限 — the medical programme of the prescription: a poor household's personal
 * share of in-county hospital bills is capped where {@code medical.personal-share.cap} is in force. A
 * benefit in kind: it grants no payment, it sets the prescription's cap.
 */
public final class PersonalShareCapProgramme extends DeclaredProgramme {
  /** The term 县域内住院个人自付上限 (in-county personal-share cap), as listings print it. */
  public static final Term RULE = Term.of("medical.personal-share-cap", "县域内住院个人自付上限", "in-county personal-share cap");

  /** The programme, as the registry finds it. */
  public PersonalShareCapProgramme() {
    super(RULE, List.of(), read -> read.ifInForce(MedicalCascade.CAP));
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new Resolved(book.find(MedicalCascade.CAP, region, date));
  }

  /** The programme's rules for one region and date, on both paths. */
  private static final class Resolved extends DeclaredProgramme.BothPaths {
    private final Optional<Reading> cap;
    private final Optional<Share> share;

    Resolved(Optional<Reading> cap) {
      this.cap = cap;
      this.share = cap.map(Reading::share);
    }

    @Override
    public void grant(HouseholdStanding h, Trace trace, Grants grants) {
      if (h.poor() && cap.isPresent()) {
        trace.parameter(cap.get());
        grants.personalShareCap(share.get());
      }
    }

    @Override
    public void grant(HouseholdFacts h, boolean poor, boolean extreme, GrantSink grants) {
      if (poor && share.isPresent()) {
        grants.personalShareCap(share.get());
      }
    }
  }
}
