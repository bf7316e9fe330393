package org.jingzhun.core.policy;

import org.jingzhun.core.json.internal.JsonMapping;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.PeriodicAmount;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;

/**
 * 政策改革 — builds a reformed {@link PolicyBook}: some values replaced over a period, some
 * added, some scaled. Each change is recorded with the values it replaced.
 *
 * <pre>{@code
 * PolicyBook reform = book.reform("dibao +10%")
 *     .scale("dibao.standard.rural", new BigDecimal("1.10"), LocalDate.of(2019, 1, 1), RoundingMode.HALF_UP)
 *     .build();
 * }</pre>
 */
public final class Reform {
  private Reform() {}

  /** Collects the changes of a reform; {@link #build()} applies them in order. */
  public static final class Builder {

    private final String title;
    private final boolean officialOnly;
    private final Map<String, Parameter> parameters;
    /** The timelines changed so far, by parameter and region, built once in {@link #build()}. */
    private final Map<String, Map<RegionCode, RangeMap<LocalDate, ParameterValue>>> changed = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();

    Builder(PolicyBook base, String title) {
      this.title = title;
      this.officialOnly = base.isOfficialOnly();
      this.parameters = new LinkedHashMap<>(base.parameters());
    }

    /** Adds a parameter the base book does not have (its timelines apply as they are). */
    Builder define(Parameter p) {
      parameters.put(p.name(), p.withTimelines(Map.of()));
      return this;
    }

    /**
     * Sets {@code value} for {@code region} from {@code from} on, replacing whatever the region
     * itself set from then.
     *
     * @param name the parameter's name, e.g. {@code dibao.standard.rural}
     * @param region the region whose parameters apply (inherited from its parents where it sets
     *     none)
     * @param from the first day the value applies; it applies from then on
     * @param value the value, of the parameter's unit
     * @param source the value's source
     * @return this builder
     * @throws ValidationException if the parameter is unknown or the value has the wrong type
     */
    public Builder set(String name, RegionCode region, LocalDate from, Object value, Source source) {
      return set(name, region, Range.atLeast(from), value, source);
    }

    /**
     * Sets {@code value} for {@code region} from {@code from} (in) to {@code until} (out); see
     * {@link #set(String, RegionCode, LocalDate, Object, Source)}.
     *
     * @param name the parameter's name, e.g. {@code dibao.standard.rural}
     * @param region the region whose parameters apply (inherited from its parents where it sets
     *     none)
     * @param from the first day the value applies
     * @param until the first day it no longer applies
     * @param value the value, of the parameter's unit
     * @param source the value's source
     * @return this builder
     */
    public Builder set(String name, RegionCode region, LocalDate from, LocalDate until, Object value, Source source) {
      return set(name, region, Range.closedOpen(from, until), value, source);
    }

    /**
     * Sets {@code value} for {@code key}'s parameter and {@code region} from {@code from} on: the
     * value's type is the key's, so a wrong one does not compile.
     *
     * @param <T> the key's type
     * @param key the parameter's key, e.g. {@code DibaoRules.STANDARD}
     * @param region the region whose parameters apply (inherited from its parents where it sets none)
     * @param from the first day the value applies; it applies from then on
     * @param value the value
     * @param source the value's source
     * @return this builder
     * @throws ValidationException if the book has no such parameter or the value is out of its bounds
     */
    public <T> Builder set(ParameterKey<T> key, RegionCode region, LocalDate from, T value, Source source) {
      return set(key.name(), region, from, value, source);
    }

    /**
     * Sets {@code value} for {@code key}'s parameter and {@code region} from {@code from} (in) to
     * {@code until} (out); see {@link #set(ParameterKey, RegionCode, LocalDate, Object, Source)}.
     *
     * @param <T> the key's type
     * @param key the parameter's key
     * @param region the region whose parameters apply (inherited from its parents where it sets none)
     * @param from the first day the value applies
     * @param until the first day it no longer applies
     * @param value the value
     * @param source the value's source
     * @return this builder
     */
    public <T> Builder set(ParameterKey<T> key, RegionCode region, LocalDate from, LocalDate until, T value, Source source) {
      return set(key.name(), region, from, until, value, source);
    }

    private Builder set(String name, RegionCode region, Range<LocalDate> period, Object value, Source source) {
      return set(name, region, ParameterValue.of(period, bound(name, value), source, "reform: " + title));
    }

    /**
     * A table parameter's value as a tree, whatever its Java form (a list of names, of constants, a
     * tree): bound to its key's type when read, as a policy file's table is, so that a wrong element
     * is reported at its parameter, region and origin with every other problem, never cast later. A
     * single value is kept as given: a choice's name is bound to its constant when read, like a
     * table, so that every bad name of a reform is reported together.
     */
    private Object bound(String name, Object value) {
      Parameter p = parameters.get(name);
      if (p == null || p.key().isEmpty() || value == null) {
        return value;
      }
      if (!p.key().get().isTable()) {
        return value;
      }
      try {
        return JsonMapping.mapper().valueToTree(value);
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("value", value, "parameter " + name + " cannot take this value");
      }
    }

    Builder set(String name, RegionCode region, ParameterValue value) {
      Parameter p = parameters.get(name);
      if (p == null) {
        throw ValidationException.of("parameter", name, "the policy book has no parameter of this name");
      }
      boolean typed = p.key().map(k -> k.accepts(value.value())).orElse(false);
      if (!typed && !p.unit().valueType().isInstance(value.value())) {
        throw ValidationException.of("value", value.value(), "parameter " + name + " has unit " + p.unit()
            + " and needs a " + p.unit().valueType().getSimpleName());
      }
      RangeMap<LocalDate, ParameterValue> timeline = timeline(p, region);
      List<ParameterValue> replaced = ImmutableList.copyOf(timeline.subRangeMap(value.range()).asMapOfRanges().values());
      timeline.put(value.range(), value);
      changes.add(new Change(name, region, value, replaced));
      return this;
    }

    /** The region's timeline as changed so far: a working copy of the parameter's, made once. */
    private RangeMap<LocalDate, ParameterValue> timeline(Parameter p, RegionCode region) {
      return changed.computeIfAbsent(p.name(), k -> new LinkedHashMap<>()).computeIfAbsent(region, r -> {
        RangeMap<LocalDate, ParameterValue> copy = TreeRangeMap.create();
        ImmutableRangeMap<LocalDate, ParameterValue> old = p.rangeMaps().get(r);
        if (old != null) {
          copy.putAll(old);
        }
        return copy;
      });
    }

    /**
     * Multiplies every value of a money parameter in force from {@code from} on, in every
     * region that sets one, by {@code factor}, each rounded to the fen by {@code rounding}.
     * Values that start earlier are split at {@code from}.
     *
     * @param key the parameter's key, e.g. {@code DibaoRules.STANDARD}
     * @param factor the multiplier, e.g. 1.10 for +10 %
     * @param from the first day the scaled values apply
     * @param rounding how each scaled value is rounded to the fen
     * @return this builder
     * @throws ValidationException if the book has no money parameter of that name
     */
    public Builder scale(ParameterKey<?> key, BigDecimal factor, LocalDate from, RoundingMode rounding) {
      return scale(key.name(), factor, from, rounding);
    }

    /**
     * Multiplies every value of the money parameter {@code name} in force from {@code from} on; see
     * {@link #scale(ParameterKey, BigDecimal, LocalDate, RoundingMode)}.
     *
     * @param name the parameter's name, e.g. {@code dibao.standard.rural}
     * @param factor the multiplier, e.g. 1.10 for +10 %
     * @param from the first day the scaled values apply
     * @param rounding how each scaled value is rounded to the fen
     * @return this builder
     * @throws ValidationException if the book has no money parameter of that name
     */
    public Builder scale(String name, BigDecimal factor, LocalDate from, RoundingMode rounding) {
      Parameter p = parameters.get(name);
      if (p == null || !(p.unit().valueType() == Money.class || p.unit().valueType() == PeriodicAmount.class)) {
        throw ValidationException.of("parameter", name, "is not a money parameter of the policy book");
      }
      Source source = Source.of("reform", title + ": " + name + " × " + factor.toPlainString(), Confidence.UNVERIFIED);
      List<RegionCode> regions = new ArrayList<>(p.rangeMaps().keySet());
      changed.getOrDefault(name, Map.of()).keySet().stream().filter(r -> !regions.contains(r)).forEach(regions::add);
      for (RegionCode region : regions) {
        Map<Range<LocalDate>, ParameterValue> from1 =
            new LinkedHashMap<>(timeline(p, region).subRangeMap(Range.atLeast(from)).asMapOfRanges());
        from1.forEach((range, v) -> set(name, region,
            ParameterValue.of(range, times(v.value(), factor, rounding), source, "reform: " + title)));
      }
      return this;
    }

    private static Object times(Object value, BigDecimal factor, RoundingMode rounding) {
      return value instanceof PeriodicAmount a ? a.times(factor, rounding) : ((Money) value).times(factor, rounding);
    }

    /** {@return the reformed book} */
    public PolicyBook build() {
      Map<String, Parameter> out = new LinkedHashMap<>(parameters);
      changed.forEach((name, byRegion) -> {
        Parameter p = out.get(name);
        Map<RegionCode, ImmutableRangeMap<LocalDate, ParameterValue>> timelines = new HashMap<>(p.rangeMaps());
        byRegion.forEach((region, timeline) -> timelines.put(region, rebuilt(timeline)));
        out.put(name, p.withTimelines(timelines));
      });
      return new PolicyBook(title, out, changes, officialOnly);
    }

    /** A value cut short by a change keeps its source but reports its new period. */
    private static ImmutableRangeMap<LocalDate, ParameterValue> rebuilt(RangeMap<LocalDate, ParameterValue> timeline) {
      ImmutableRangeMap.Builder<LocalDate, ParameterValue> b = ImmutableRangeMap.builder();
      timeline.asMapOfRanges().forEach((range, v) -> b.put(range,
          range.equals(v.range()) ? v : v.over(range)));
      return b.build();
    }
  }
}
