package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.batch.BatchRules;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.identification.SchoolAge;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.policy.PovertyLine;

/**
 * Every rule the simulation applies, resolved once for one region and one evaluation date and
 * shared by all the households and villages whose parameters are that region's; immutable, so
 * shared across threads. The entitlements are the registry's programmes, resolved as the
 * prescription resolves them (the same rule code). The medical cascade is resolved only when illness shocks can occur.
 */
final class RegionRules {
  final LocalDate date;
  final IdentificationRules identification;
  /** The registry's programmes: every entitlement a registered household receives in the year. */
  final PrescriptionRules entitlements;
  final BatchRules batches;
  final HouseholdExitRules householdExit;
  final VillageExitRules villageExit;
  final Optional<MedicalCascade> medical;
  final SchoolAge schoolAge;
  /** The identification line (the line of the year {@code identification.line-year-lag} before). */
  final Money identificationLine;
  /** {@code identification.deficit-income-multiple}. */
  final BigDecimal deficitMultiple;
  /** {@code exit.household.income-multiple}. */
  final BigDecimal exitIncomeMultiple;
  /** {@code exit.household.stable-years}. */
  final int stableYears;
  /** {@code guarantee.school-age.from} and {@code .until}: compulsory school age in completed years. */
  final int schoolFrom;
  final int schoolUntil;
  /** The poverty line of the year, per person. */
  final Money line;
  /** {@code exit.village.incidence-max}. */
  final Share villageIncidenceMax;

  /** The rules of {@code region} on {@code date}, with the programmes of {@code registry}. */
  RegionRules(PolicyBook book, RegionCode region, LocalDate date, boolean illness, EntitlementRegistry registry) {
    this.date = date;
    this.identification = IdentificationRules.resolve(book, region, date);
    this.entitlements = registry == EntitlementRegistry.standard() ? PrescriptionRules.resolve(book, region, date)
        : PrescriptionRules.resolve(book, region, date, registry);
    this.batches = BatchRules.resolve(book, region, date);
    this.householdExit = HouseholdExitRules.resolve(book, region, date);
    this.villageExit = VillageExitRules.resolve(book, region, date);
    this.medical = illness ? Optional.of(MedicalCascade.resolve(book, region, date)) : Optional.empty();
    this.schoolAge = SchoolAge.resolve(book, region, date);
    int lag = book.get(IdentificationRules.LINE_LAG, region, date).integer();
    this.identificationLine = PovertyLine.of(book, region, date.minusYears(lag)).perPersonPerYear();
    this.deficitMultiple = book.get(IdentificationRules.DEFICIT_MULTIPLE, region, date).decimal();
    this.exitIncomeMultiple = book.get(HouseholdExitRules.INCOME_MULTIPLE, region, date).decimal();
    this.stableYears = book.get(HouseholdExitRules.STABLE_YEARS, region, date).integer();
    this.schoolFrom = book.get(SchoolAge.FROM, region, date).integer();
    this.schoolUntil = book.get(SchoolAge.UNTIL, region, date).integer();
    this.line = PovertyLine.of(book, region, date).perPersonPerYear();
    this.villageIncidenceMax = book.get(VillageExitRules.INCIDENCE_MAX, region, date).share();
  }
}
