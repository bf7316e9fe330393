package org.jingzhun.eligibility.columnar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;

/**
 * 列式人口 — households held in columns, about 40 bytes a household of 3.5 members, immutable once
 * built. The columns are declared here and nowhere else: per household its village (an index
 * into {@link #villages()}), yearly net income in fen, first member, and a flags word (housing
 * grade, safe water, whether it has wages, business or property income, registration and its
 * category, causes of poverty); per member the birth date (epoch day) and an attributes word
 * (labour capacity, severe disability, health, school stage, boarding, insurance, relationship).
 * These are every fact that identification, the five batches and the standard programmes read
 * ({@link org.jingzhun.eligibility.entitlement.HouseholdFacts}); ids, income components, rigid
 * spending, disability grades other than severe, registration years and procedure steps are
 * not kept. Build with {@link #builder()}; read with {@link ColumnarPrescription}.
 */
public final class PopulationColumns {
  /** The registration year a rebuilt household's registration carries (the year is not kept). */
  static final int REBUILT_REGISTRATION_YEAR = 2014;

  private final List<RegionCode> villages;
  private final char[] village;
  private final long[] netIncomeFen;
  private final int[] firstMember;
  private final int[] flags;
  private final int[] birthEpochDay;
  private final short[] attributes;

  private PopulationColumns(Builder b) {
    this.villages = List.copyOf(b.villages);
    int n = b.size;
    this.village = Arrays.copyOf(b.village, n);
    this.netIncomeFen = Arrays.copyOf(b.netIncomeFen, n);
    this.firstMember = Arrays.copyOf(b.firstMember, n + 1);
    this.firstMember[n] = b.members;
    this.flags = Arrays.copyOf(b.flags, n);
    this.birthEpochDay = Arrays.copyOf(b.birthEpochDay, b.members);
    this.attributes = Arrays.copyOf(b.attributes, b.members);
  }

  /** {@return a builder of an empty population} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of households} */
  public int size() {
    return village.length;
  }

  /** {@return the number of members of all households} */
  public int memberTotal() {
    return birthEpochDay.length;
  }

  /** {@return the villages of the households, in the order first added} */
  public List<RegionCode> villages() {
    return villages;
  }

  /**
   * {@return the index in {@link #villages()} of household {@code i}'s village}
   *
   * @param i the household's index, from 0
   */
  public int villageIndex(int i) {
    return village[i];
  }

  /**
   * {@return the yearly net income of household {@code i} in fen (negative for a net loss)}
   *
   * @param i the household's index, from 0
   */
  public long netIncomeFen(int i) {
    return netIncomeFen[i];
  }

  /**
   * {@return the number of members of household {@code i}}
   *
   * @param i the household's index, from 0
   */
  public int members(int i) {
    return firstMember[i + 1] - firstMember[i];
  }

  /**
   * {@return household {@code i} rebuilt as a {@link Household}, with what the columns hold: ids
   * made from its position ({@code "H" + i}, {@code "H" + i + "-" + m}), its net income as wages
   * (or transfers) and production costs, a severe disability as grade 1, a registration in
   * {@value #REBUILT_REGISTRATION_YEAR}}
   *
   * @param i the household's index, from 0
   */
  public Household household(int i) {
    return RebuiltHousehold.of(this, i);
  }

  /** {@return a cursor over the rows, at household 0 if there is one; one cursor serves one thread} */
  public PopulationRow cursor() {
    PopulationRow row = new PopulationRow(this);
    return size() > 0 ? row.at(0) : row;
  }

  /** {@return the bytes the columns take on the heap, arrays' headers left out} */
  public long footprintBytes() {
    return (long) village.length * Character.BYTES + (long) netIncomeFen.length * Long.BYTES
        + (long) firstMember.length * Integer.BYTES + (long) flags.length * Integer.BYTES
        + (long) birthEpochDay.length * Integer.BYTES + (long) attributes.length * Short.BYTES;
  }

  // the columns, read by this package's cursor and rebuilder

  int flags(int i) {
    return flags[i];
  }

  int firstMember(int i) {
    return firstMember[i];
  }

  int birthEpochDayOf(int member) {
    return birthEpochDay[member];
  }

  int attributesOf(int member) {
    return attributes[member];
  }

  @Override
  public String toString() {
    return "PopulationColumns[" + size() + " households, " + memberTotal() + " members, " + villages.size() + " villages]";
  }

  /** Adds households to a population; not thread-safe; {@link #build()} copies what was added. */
  public static final class Builder {
    private static final int FIRST_CAPACITY = 1_024;
    private final List<RegionCode> villages = new ArrayList<>();
    private final Map<RegionCode, Integer> villageIndex = new HashMap<>();
    private int size;
    private int members;
    private char[] village = new char[FIRST_CAPACITY];
    private long[] netIncomeFen = new long[FIRST_CAPACITY];
    private int[] firstMember = new int[FIRST_CAPACITY + 1];
    private int[] flags = new int[FIRST_CAPACITY];
    private int[] birthEpochDay = new int[FIRST_CAPACITY];
    private short[] attributes = new short[FIRST_CAPACITY];

    private Builder() {}

    /**
     * Adds {@code household} (already validated when it was built) as the next row.
     *
     * @param household the household
     * @return the household's index in the population
     * @throws ValidationException if the population would hold more than 65,536 villages
     */
    public int add(Household household) {
      Objects.requireNonNull(household, "household");
      ensureHouseholds(size + 1);
      int h = size++;
      village[h] = villageOf(household.village());
      netIncomeFen[h] = household.netIncome().fen();
      firstMember[h] = members;
      flags[h] = flagsOf(household);
      List<Person> people = household.members();
      ensureMembers(members + people.size());
      for (Person p : people) {
        birthEpochDay[members] = Math.toIntExact(p.birthDate().toEpochDay());
        attributes[members] = (short) attributesOf(p);
        members++;
      }
      return h;
    }

    /** {@return the population added so far} */
    public PopulationColumns build() {
      return new PopulationColumns(this);
    }

    private char villageOf(RegionCode code) {
      Integer known = villageIndex.get(code);
      if (known != null) {
        return (char) known.intValue();
      }
      if (villages.size() > Character.MAX_VALUE) {
        throw ValidationException.of("village", code, "is one village more than a population holds (65,536)");
      }
      villageIndex.put(code, villages.size());
      villages.add(code);
      return (char) (villages.size() - 1);
    }

    private static int flagsOf(Household h) {
      var income = h.income();
      boolean livelihood = !(income.wages().isZero() && income.business().isZero() && income.property().isZero());
      int f = h.housing().ordinal() | (h.safeDrinkingWater() ? RowLayout.WATER : 0) | (livelihood ? RowLayout.LIVELIHOOD : 0);
      if (h.registration().isPresent()) {
        var r = h.registration().get();
        f |= RowLayout.REGISTERED | (r.status() == RegistrationStatus.EXITED ? RowLayout.EXITED : 0)
            | r.category().ordinal() << RowLayout.CATEGORY_SHIFT;
      }
      for (PovertyCause c : h.causes()) {
        f |= 1 << (RowLayout.CAUSE_SHIFT + c.ordinal());
      }
      return f;
    }

    private static int attributesOf(Person p) {
      return p.labourCapacity().ordinal() | (p.hasSevereDisability() ? RowLayout.SEVERE : 0)
          | p.health().ordinal() << RowLayout.HEALTH_SHIFT
          | p.schoolStage().map(s -> s.ordinal() + 1).orElse(0) << RowLayout.SCHOOL_SHIFT
          | (p.boarding() ? RowLayout.BOARDING : 0) | (p.insured() ? RowLayout.INSURED : 0)
          | p.relationship().ordinal() << RowLayout.RELATIONSHIP_SHIFT;
    }

    private void ensureHouseholds(int n) {
      if (n > village.length) {
        int capacity = Math.max(n, village.length * 2);
        village = Arrays.copyOf(village, capacity);
        netIncomeFen = Arrays.copyOf(netIncomeFen, capacity);
        firstMember = Arrays.copyOf(firstMember, capacity + 1);
        flags = Arrays.copyOf(flags, capacity);
      }
    }

    private void ensureMembers(int n) {
      if (n > birthEpochDay.length) {
        int capacity = Math.max(n, birthEpochDay.length * 2);
        birthEpochDay = Arrays.copyOf(birthEpochDay, capacity);
        attributes = Arrays.copyOf(attributes, capacity);
      }
    }
  }

  /** The birth date of member {@code member} of the population. */
  LocalDate birthDateOf(int member) {
    return LocalDate.ofEpochDay(birthEpochDay[member]);
  }
}
