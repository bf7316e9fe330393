package org.jingzhun.core.household;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HouseholdJsonProperties {

  static Gen<Person> persons() {
    return integers().between(0, 30_000).zip(integers().between(0, 1_000), (days, traits) -> {
      Person.Builder b = Person.builder()
          .id("P" + traits)
          .birthDate(LocalDate.of(1940, 1, 1).plusDays(days))
          .relationship(Relationship.values()[traits % Relationship.values().length])
          .labourCapacity(LabourCapacity.values()[traits % 3])
          .health(HealthCondition.values()[(traits / 3) % 3])
          .insured(traits % 2 == 0);
      if (traits % 5 == 0) {
        b.disabilityGrade(1 + traits % 4);
      }
      if (traits % 7 == 0) {
        b.schoolStage(SchoolStage.values()[traits % SchoolStage.values().length]).boarding(traits % 2 == 1);
      }
      return b.build();
    });
  }

  static Gen<Household> households() {
    return persons().zip(persons(), longs().between(0, 10_000_000), integers().between(0, 1 << 12), (a, b, fen, flags) -> {
      Household.Builder h = Household.builder()
          .id("H" + flags)
          .village(RegionCode.of(String.format("511902%03d%03d", 100 + flags % 30, 200 + flags % 50)))
          .addMembers(a)
          .income(Income.builder().wages(Money.ofFen(fen)).productionCosts(Money.ofFen(fen / 3)).build())
          .housing(HousingSafetyGrade.values()[flags % 4])
          .safeDrinkingWater(flags % 2 == 0)
          .addCauses(PovertyCause.values()[flags % PovertyCause.values().length]);
      if (!b.id().equals(a.id())) {
        h.addMembers(b);
      }
      if (flags % 3 == 0) {
        h.putRigidSpending(RigidSpendingKind.MEDICAL, Money.ofFen(fen / 2));
        h.registration(RegistrationRecord.builder().category(PovertyCategory.values()[flags % 3])
            .status(RegistrationStatus.POOR).year(2014 + flags % 6)
            .addEntrySteps(ProcedureStep.of(ProcedureStepKind.APPLICATION, LocalDate.of(2014, 3, 1)))
            .addEntrySteps(ProcedureStep.builder().kind(ProcedureStepKind.PUBLIC_NOTICE)
                .date(LocalDate.of(2014, 4, 1)).lastDay(LocalDate.of(2014, 4, 7)).build())
            .build());
      }
      return h.build();
    });
  }

  @Test
  void everyHouseholdRoundTripsThroughJson() {
    qt().forAll(households()).check(h -> JingzhunJson.read(JingzhunJson.write(h), Household.class).equals(h));
  }
}
