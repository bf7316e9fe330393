package org.jingzhun.core.policy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.region.RegionCode;

/**
 * 改革变动 — one value a reform set: the parameter, the region, the period, the new value,
 * and the values it replaced over that period (empty when it added a value where none was).
 */
public record Change(
    String parameter, RegionCode region, Range<LocalDate> period, ParameterValue value, List<ParameterValue> replaced) {}
