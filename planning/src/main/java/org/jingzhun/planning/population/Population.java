package org.jingzhun.planning.population;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.ValidationException;

/**
 * 模拟人口 — households and their members across villages, held column by column in primitive
 * arrays so that a simulation can hold 10^6 households comfortably and 10^7 on one machine.
 * Households are numbered 0 … {@link #size()} − 1 in the order appended; members 0 …
 * {@link #memberTotal()} − 1, each household's members contiguous from
 * {@link #firstMember(int)}.
 *
 * <h2>What it holds</h2>
 * Per household: village index (int), first member (int), the five income columns in fen
 * (int each, so at most 21,474,836.47 yuan; more is a violation, never cut), the four kinds
 * of rigid spending in fen (int each), a flags word (housing grade, safe water, registration
 * status and category, causes of poverty, which kinds of rigid spending are recorded), the
 * registration year (short) and the offset of its ids (int; −1 when appended directly, whose
 * ids are then derived from the index). Per member: birth date as epoch day (int) and a short
 * packing relationship, disability grade, health, labour capacity, school stage, boarding and
 * insurance. The steps of the registration
 * procedure are not held: {@link #toHousehold(int)} returns a registration record with the
 * category, status and year only.
 *
 * <h2>Memory</h2>
 * 54 bytes per household and 6 per member in the arrays: about 75 bytes for a household of
 * 3.5 members, plus its ids (2 bytes + UTF-8 length per id) when appended from records.
 * {@link #footprintBytes()} counts the arrays exactly (capacity included; {@link #trimToSize()}
 * drops the spare). To measure the real heap, build a population in a fresh JVM, call
 * {@code System.gc()} and compare {@code Runtime.totalMemory() − freeMemory()} before and
 * after, or run {@code jcmd <pid> GC.class_histogram} and read the {@code [I}, {@code [S} and
 * {@code [B} lines; divide by {@link #size()}.
 *
 * <h2>Use</h2>
 * Mutable and not thread-safe while written; readers may share it once writing stops.
 * {@link #copy()} gives an independent copy for side-by-side runs. Reading a field or walking
 * with a {@link HouseholdCursor} allocates nothing per household.
 */
public final class Population {
  private static final int INCOME_COLUMNS = HouseholdColumns.INCOME_COLUMNS;
  private static final int RIGID_KINDS = HouseholdColumns.RIGID_KINDS;

  private final VillageTable villages;
  private final HouseholdColumns households;
  private final MemberColumns members;
  private final IdStore ids;

  private Population(int householdCapacity, int memberCapacity) {
    villages = new VillageTable();
    households = new HouseholdColumns(householdCapacity);
    members = new MemberColumns(memberCapacity);
    ids = new IdStore(0);
  }

  private Population(Population o) {
    villages = new VillageTable(o.villages);
    households = new HouseholdColumns(o.households);
    members = new MemberColumns(o.members);
    ids = new IdStore(o.ids);
  }

  /**
   * {@return an empty population with room for the given numbers before it grows}
   *
   * @param households the households to hold without growing
   * @param members the members to hold without growing
   */
  public static Population withCapacity(int households, int members) {
    return new Population(households, members);
  }

  /** {@return an empty population} */
  public static Population create() {
    return withCapacity(16, 64);
  }

  /** {@return an independent copy, trimmed to size} */
  public Population copy() {
    return new Population(this);
  }

  // ---- villages

  /**
   * {@return the index of {@code village}, adding it if new}
   *
   * @param code the village's twelve-digit code
   */
  public int addVillage(RegionCode code) {
    if (code.level() != RegionLevel.VILLAGE) {
      throw ValidationException.of("village", code, "must be a twelve-digit village code");
    }
    return villages.add(code);
  }

  /** {@return the villages, in index order} */
  public List<RegionCode> villages() {
    return ImmutableList.copyOf(villages.codes());
  }

  /** {@return the number of villages} */
  public int villageCount() {
    return villages.size();
  }

  // ---- appending

  /**
   * Appends a household with no members yet in village {@code villageIndex}; its members
   * follow by {@link #addMember}. Income, rigid spending and flags start at zero: grade A
   * housing, no safe water, not registered.
   *
   * @param villageIndex the index of the household's village, from {@link #addVillage}
   * @return the household's index
   */
  public int appendHousehold(int villageIndex) {
    if (villageIndex < 0 || villageIndex >= villages.size()) {
      throw ValidationException.of("villageIndex", villageIndex, "is not the index of a village added");
    }
    return households.append(villageIndex, members.size);
  }

  /**
   * Adds a member to the household appended last, healthy, not disabled, not in school, not
   * insured.
   *
   * @param birthEpochDay the member's day of birth as an epoch day
   * @param relationship the member's relationship to the head of the household
   * @param labour the member's labour capacity
   * @return the member's index
   */
  public int addMember(int birthEpochDay, Relationship relationship, LabourCapacity labour) {
    if (households.size == 0) {
      throw new IllegalStateException("append a household before its members");
    }
    int m = members.add(birthEpochDay, MemberAttributes.of(relationship, labour));
    households.firstMember[households.size] = members.size;
    return m;
  }

  void setIds(int h, String householdId, String[] memberIds) {
    households.idOffset[h] = ids.add(householdId, memberIds);
  }

  /** Drops spare capacity. */
  public void trimToSize() {
    households.resize(households.size);
    members.resize(members.size);
    ids.trim();
  }

  /** {@return the bytes held by the arrays, capacity included; see the class notes on measuring} */
  public long footprintBytes() {
    return households.footprintBytes() + members.footprintBytes() + ids.footprintBytes();
  }

  // ---- households

  /** {@return the number of households} */
  public int size() {
    return households.size;
  }

  /** {@return the number of members of every household} */
  public int memberTotal() {
    return members.size;
  }

  /**
   * {@return the index of household {@code h}'s village}
   *
   * @param h the household's index in the population, from 0
   */
  public int villageIndex(int h) {
    check(h);
    return households.village[h];
  }

  /**
   * {@return the code of household {@code h}'s village}
   *
   * @param h the household's index in the population, from 0
   */
  public RegionCode village(int h) {
    return villages.get(villageIndex(h));
  }

  /**
   * {@return the index of household {@code h}'s first member; its members follow it}
   *
   * @param h the household's index in the population, from 0
   */
  public int firstMember(int h) {
    check(h);
    return households.firstMember[h];
  }

  /**
   * {@return the number of household {@code h}'s members}
   *
   * @param h the household's index in the population, from 0
   */
  public int memberCount(int h) {
    check(h);
    return households.firstMember[h + 1] - households.firstMember[h];
  }

  /**
   * {@return the household's id: as appended, or {@code "#" + index} when appended directly}
   *
   * @param h the household's index in the population, from 0
   */
  public String householdId(int h) {
    check(h);
    return households.idOffset[h] < 0 ? "#" + h : ids.get(households.idOffset[h], 0);
  }

  /**
   * {@return the id of member {@code m}: as appended, or its place in the household from 1}
   *
   * @param m the member's index in the population, from 0
   */
  public String memberId(int m) {
    int h = householdOf(m);
    int place = m - households.firstMember[h] + 1;
    return households.idOffset[h] < 0 ? IdStore.placeId(place) : ids.get(households.idOffset[h], place);
  }

  /**
   * {@return the household member {@code m} belongs to (binary search)}
   *
   * @param m the member's index in the population, from 0
   */
  public int householdOf(int m) {
    checkMember(m);
    return households.householdOf(m);
  }

  /**
   * {@return an income column in fen}
   *
   * @param h the household's index in the population, from 0
   * @param column the income column
   */
  public long income(int h, IncomeColumn column) {
    check(h);
    return households.income[h * INCOME_COLUMNS + column.ordinal()];
  }

  /**
   * {@return 纯收入 — net income in fen: the four sources minus production costs}
   *
   * @param h the household's index in the population, from 0
   */
  public long netIncomeFen(int h) {
    check(h);
    int[] income = households.income;
    int at = h * INCOME_COLUMNS;
    return (long) income[at] + income[at + 1] + income[at + 2] + income[at + 3] - income[at + 4];
  }

  /**
   * Sets an income column.
   *
   * @param h the household's index in the population, from 0
   * @param column the income column
   * @param fen the income in fen, within the range of an int
   * @throws ValidationException if {@code fen} is negative or above {@link Integer#MAX_VALUE}
   */
  public void setIncome(int h, IncomeColumn column, long fen) {
    check(h);
    if (fen < 0 || fen > Integer.MAX_VALUE) {
      throw outOfRange("income." + column, fen);
    }
    households.income[h * INCOME_COLUMNS + column.ordinal()] = (int) fen;
  }

  /**
   * {@return household {@code h}'s rigid spending of {@code kind} in fen; 0 when none is recorded}
   *
   * @param h the household's index in the population, from 0
   * @param kind the kind of rigid spending
   */
  public long rigidSpending(int h, RigidSpendingKind kind) {
    check(h);
    return households.rigid[h * RIGID_KINDS + kind.ordinal()];
  }

  /**
   * {@return whether rigid spending of {@code kind} is recorded for the household (even at zero)}
   *
   * @param h the household's index in the population, from 0
   * @param kind the kind of rigid spending
   */
  public boolean hasRigidSpending(int h, RigidSpendingKind kind) {
    check(h);
    return HouseholdFlags.rigidRecorded(households.flags[h], kind);
  }

  /**
   * Records rigid spending of one kind; same range as {@link #setIncome}.
   *
   * @param h the household's index in the population, from 0
   * @param kind the kind of rigid spending
   * @param fen the spending in fen, 0 to {@link Integer#MAX_VALUE}
   */
  public void setRigidSpending(int h, RigidSpendingKind kind, long fen) {
    check(h);
    if (fen < 0 || fen > Integer.MAX_VALUE) {
      throw outOfRange("rigidSpending." + kind, fen);
    }
    households.rigid[h * RIGID_KINDS + kind.ordinal()] = (int) fen;
    households.flags[h] = HouseholdFlags.withRigidRecorded(households.flags[h], kind, true);
  }

  /**
   * Removes the record of rigid spending of one kind.
   *
   * @param h the household's index in the population, from 0
   * @param kind the kind of rigid spending
   */
  public void clearRigidSpending(int h, RigidSpendingKind kind) {
    check(h);
    households.rigid[h * RIGID_KINDS + kind.ordinal()] = 0;
    households.flags[h] = HouseholdFlags.withRigidRecorded(households.flags[h], kind, false);
  }

  /** The violation of an amount outside the int range of fen (the path is built only then). */
  private static ValidationException outOfRange(String path, long fen) {
    return ValidationException.of(path, fen, "must be between 0 and 21474836.47 yuan to fit the columnar population");
  }

  /**
   * {@return household {@code h}'s dwelling safety grade}
   *
   * @param h the household's index in the population, from 0
   */
  public HousingSafetyGrade housing(int h) {
    check(h);
    return HouseholdFlags.housing(households.flags[h]);
  }

  /**
   * Sets household {@code h}'s dwelling safety grade.
   *
   * @param grade the grade
   * @param h the household's index in the population, from 0
   */
  public void setHousing(int h, HousingSafetyGrade grade) {
    check(h);
    households.flags[h] = HouseholdFlags.withHousing(households.flags[h], grade);
  }

  /**
   * {@return whether household {@code h} has safe drinking water}
   *
   * @param h the household's index in the population, from 0
   */
  public boolean safeDrinkingWater(int h) {
    check(h);
    return HouseholdFlags.safeDrinkingWater(households.flags[h]);
  }

  /**
   * Sets whether household {@code h} has safe drinking water.
   *
   * @param safe whether it has
   * @param h the household's index in the population, from 0
   */
  public void setSafeDrinkingWater(int h, boolean safe) {
    check(h);
    households.flags[h] = HouseholdFlags.withSafeDrinkingWater(households.flags[h], safe);
  }

  /**
   * {@return whether {@code cause} is recorded as a cause of household {@code h}'s poverty}
   *
   * @param cause the cause of poverty
   * @param h the household's index in the population, from 0
   */
  public boolean hasCause(int h, PovertyCause cause) {
    check(h);
    return HouseholdFlags.hasCause(households.flags[h], cause);
  }

  /**
   * Records or removes {@code cause} as a cause of household {@code h}'s poverty.
   *
   * @param cause the cause of poverty
   * @param recorded whether it is recorded
   * @param h the household's index in the population, from 0
   */
  public void setCause(int h, PovertyCause cause, boolean recorded) {
    check(h);
    households.flags[h] = HouseholdFlags.withCause(households.flags[h], cause, recorded);
  }

  /**
   * {@return whether the household is on the poverty register (poor or exited)}
   *
   * @param h the household's index in the population, from 0
   */
  public boolean registered(int h) {
    check(h);
    return HouseholdFlags.registered(households.flags[h]);
  }

  /**
   * {@return whether the household is on the register and not exited}
   *
   * @param h the household's index in the population, from 0
   */
  public boolean registeredPoor(int h) {
    return registered(h) && !HouseholdFlags.exited(households.flags[h]);
  }

  /**
   * {@return the registration status; meaningful only when {@link #registered}}
   *
   * @param h the household's index in the population, from 0
   */
  public RegistrationStatus registrationStatus(int h) {
    check(h);
    return HouseholdFlags.exited(households.flags[h]) ? RegistrationStatus.EXITED : RegistrationStatus.POOR;
  }

  /**
   * {@return the category; meaningful only when {@link #registered}}
   *
   * @param h the household's index in the population, from 0
   */
  public PovertyCategory category(int h) {
    check(h);
    return HouseholdFlags.category(households.flags[h]);
  }

  /**
   * {@return the registration year; meaningful only when {@link #registered}}
   *
   * @param h the household's index in the population, from 0
   */
  public int registrationYear(int h) {
    check(h);
    return households.registrationYear[h];
  }

  /**
   * Puts the household on the register (or changes its entry).
   *
   * @param h the household's index in the population, from 0
   * @param category the category registered
   * @param status whether the household is still registered or has exited
   * @param year the year of registration
   */
  public void setRegistration(int h, PovertyCategory category, RegistrationStatus status, int year) {
    check(h);
    if (year < 1980 || year > 2100) {
      throw ValidationException.of("registration.year", year, "is not a plausible registration year");
    }
    households.flags[h] = HouseholdFlags.withRegistration(households.flags[h], category, status);
    households.registrationYear[h] = (short) year;
  }

  /**
   * Takes the household off the register.
   *
   * @param h the household's index in the population, from 0
   */
  public void clearRegistration(int h) {
    check(h);
    households.flags[h] = HouseholdFlags.withoutRegistration(households.flags[h]);
    households.registrationYear[h] = 0;
  }

  // ---- members

  /**
   * {@return member {@code m}'s day of birth, as an epoch day
   * ({@link java.time.LocalDate#toEpochDay()})}
   *
   * @param m the member's index in the population, from 0
   */
  public int birthEpochDay(int m) {
    checkMember(m);
    return members.birthDay[m];
  }

  /**
   * {@return member {@code m}'s relationship to the head of the household}
   *
   * @param m the member's index in the population, from 0
   */
  public Relationship relationship(int m) {
    return MemberAttributes.relationship(attributes(m));
  }

  /**
   * {@return the disability grade 1–4, or 0 when none}
   *
   * @param m the member's index in the population, from 0
   */
  public int disabilityGrade(int m) {
    return MemberAttributes.disabilityGrade(attributes(m));
  }

  /**
   * {@return member {@code m}'s health}
   *
   * @param m the member's index in the population, from 0
   */
  public HealthCondition health(int m) {
    return MemberAttributes.health(attributes(m));
  }

  /**
   * {@return member {@code m}'s labour capacity}
   *
   * @param m the member's index in the population, from 0
   */
  public LabourCapacity labourCapacity(int m) {
    return MemberAttributes.labourCapacity(attributes(m));
  }

  /**
   * {@return the school stage of a member {@link #inSchool}; throws for one who is not}
   *
   * @param m the member's index in the population, from 0
   */
  public SchoolStage schoolStage(int m) {
    int a = attributes(m);
    if (!MemberAttributes.inSchool(a)) {
      throw new IllegalStateException("member " + m + " is not in school");
    }
    return MemberAttributes.schoolStage(a);
  }

  /**
   * {@return whether member {@code m} is enrolled in school}
   *
   * @param m the member's index in the population, from 0
   */
  public boolean inSchool(int m) {
    return MemberAttributes.inSchool(attributes(m));
  }

  /**
   * {@return whether member {@code m} boards at school}
   *
   * @param m the member's index in the population, from 0
   */
  public boolean boarding(int m) {
    return MemberAttributes.boarding(attributes(m));
  }

  /**
   * {@return whether member {@code m} is enrolled in basic medical insurance}
   *
   * @param m the member's index in the population, from 0
   */
  public boolean insured(int m) {
    return MemberAttributes.insured(attributes(m));
  }

  /**
   * Sets the disability grade, 1–4, or 0 for none.
   *
   * @param m the member's index in the population, from 0
   * @param grade the disability certificate's grade: 1 (most severe) to 4, or 0 for none
   */
  public void setDisabilityGrade(int m, int grade) {
    if (grade < 0 || grade > 4) {
      throw ValidationException.of("disabilityGrade", grade, "a disability grade is 1, 2, 3 or 4 (0 for none)");
    }
    members.setAttributes(m, MemberAttributes.withDisabilityGrade(attributes(m), grade));
  }

  /**
   * Sets member {@code m}'s health.
   *
   * @param health the health as recorded
   * @param m the member's index in the population, from 0
   */
  public void setHealth(int m, HealthCondition health) {
    members.setAttributes(m, MemberAttributes.withHealth(attributes(m), health));
  }

  /**
   * Enrols the member at {@code stage}, boarding or not.
   *
   * @param m the member's index in the population, from 0
   * @param stage the school stage
   * @param boards whether the student boards at school
   */
  public void setSchool(int m, SchoolStage stage, boolean boards) {
    members.setAttributes(m, MemberAttributes.withSchool(attributes(m), stage, boards));
  }

  /**
   * Takes the member out of school (and so out of boarding).
   *
   * @param m the member's index in the population, from 0
   */
  public void clearSchool(int m) {
    members.setAttributes(m, MemberAttributes.withoutSchool(attributes(m)));
  }

  /**
   * Sets whether member {@code m} is enrolled in basic medical insurance.
   *
   * @param insured whether the member is insured
   * @param m the member's index in the population, from 0
   */
  public void setInsured(int m, boolean insured) {
    members.setAttributes(m, MemberAttributes.withInsured(attributes(m), insured));
  }

  /** {@return member {@code m}'s packed attributes, once {@code m} is checked} */
  private int attributes(int m) {
    checkMember(m);
    return members.attributes(m);
  }

  // ---- records and views

  /**
   * Appends {@code household}, keeping its ids; see the class notes for what is held.
   *
   * @param household the household
   * @return the index of the household appended
   */
  public int append(org.jingzhun.core.household.Household household) {
    return HouseholdRecords.append(this, household);
  }

  /**
   * {@return household {@code h} as a record (allocates; for one record at a time)}
   *
   * @param h the household's index, from 0
   */
  public org.jingzhun.core.household.Household toHousehold(int h) {
    return HouseholdRecords.toHousehold(this, h);
  }

  /**
   * {@return a builder holding household {@code h}'s record, to change before building (allocates):
   * what {@link #toHousehold(int)} builds, without building it, so that an adjusted record is built
   * and checked once} Its {@code build()} reports violations without the household's index.
   *
   * @param h the household's index, from 0
   */
  public org.jingzhun.core.household.Household.Builder toHouseholdBuilder(int h) {
    return HouseholdRecords.toBuilder(this, h);
  }

  /** {@return a cursor before the first household} */
  public HouseholdCursor cursor() {
    return new HouseholdCursor(this);
  }

  private void check(int h) {
    if (h < 0 || h >= households.size) {
      throw new IndexOutOfBoundsException("household " + h + " of " + households.size);
    }
  }

  private void checkMember(int m) {
    if (m < 0 || m >= members.size) {
      throw new IndexOutOfBoundsException("member " + m + " of " + members.size);
    }
  }
}
