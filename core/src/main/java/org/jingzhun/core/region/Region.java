package org.jingzhun.core.region;

/**
 * 行政区 — a named region: its code and its Chinese and English names.
 *
 * @param code the division code
 * @param chinese the name in Chinese, e.g. 巴州区
 * @param english the name in English, e.g. Bazhou District
 */
public record Region(RegionCode code, String chinese, String english) {}
