package org.jingzhun.core.policy;

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
    private final Map<String, Parameter> parameters;
    private final List<Change> changes = new ArrayList<>();

    Builder(PolicyBook base, String title) {

      this.title = title;
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
     * @throws ValidationException if the parameter is unknown or the value has the wrong type
     */
    public Builder set(String name, RegionCode region, LocalDate from, Object value, Source source) {
      return set(name, region, Range.atLeast(from), value, source);
    }

    /** Sets {@code value} for {@code region} over {@code period}; see {@link #set(String, RegionCode, LocalDate, Object, Source)}. */
    public Builder set(String name, RegionCode region, Range<LocalDate> period, Object value, Source source) {
      return set(name, region, new ParameterValue(period, value, source, "reform: " + title));
    }

    Builder set(String name, RegionCode region, ParameterValue value) {
      Parameter p = parameters.get(name);
      if (p == null) {
        throw ValidationException.of("parameter", name, "the policy book has no parameter of this name");
      }
      if (!p.unit().valueType().isInstance(value.value())) {
        throw ValidationException.of("value", value.value(), "parameter " + name + " has unit " + p.unit()
            + " and needs a " + p.unit().valueType().getSimpleName());
      }
      RangeMap<LocalDate, ParameterValue> timeline = TreeRangeMap.create();
      ImmutableRangeMap<LocalDate, ParameterValue> old = p.timelines().get(region);
      if (old != null) {
        timeline.putAll(old);
      }
      List<ParameterValue> replaced = ImmutableList.copyOf(timeline.subRangeMap(value.period()).asMapOfRanges().values());
      timeline.put(value.period(), value);
      ImmutableRangeMap.Builder<LocalDate, ParameterValue> rebuilt = ImmutableRangeMap.builder();
      // a value cut short by the change keeps its source but reports its new period
      timeline.asMapOfRanges().forEach((range, v) -> rebuilt.put(range,
          range.equals(v.period()) ? v : new ParameterValue(range, v.value(), v.source(), v.origin())));
      Map<RegionCode, ImmutableRangeMap<LocalDate, ParameterValue>> timelines = new HashMap<>(p.timelines());
      timelines.put(region, rebuilt.build());
      parameters.put(name, p.withTimelines(timelines));
      changes.add(new Change(name, region, value.period(), value, replaced));
      return this;
    }

    /**
     * Multiplies every value of a money parameter in force from {@code from} on, in every
     * region that sets one, by {@code factor}, each rounded to the fen by {@code rounding}.
     * Values that start earlier are split at {@code from}.
     */
    public Builder scale(String name, BigDecimal factor, LocalDate from, RoundingMode rounding) {
      Parameter p = parameters.get(name);
      if (p == null || p.unit().valueType() != Money.class) {
        throw ValidationException.of("parameter", name, "is not a money parameter of the policy book");
      }
      Source source = Source.of("reform", title + ": " + name + " × " + factor.toPlainString(), Confidence.UNVERIFIED);
      p.timelines().forEach((region, timeline) ->
          timeline.subRangeMap(Range.atLeast(from)).asMapOfRanges().forEach((range, v) ->
              set(name, region, new ParameterValue(range, ((Money) v.value()).times(factor, rounding), source, "reform: " + title))));
      return this;
    }

    /** The reformed book. */
    public PolicyBook build() {
      return new PolicyBook(title, parameters, changes);
    }

  }
}
