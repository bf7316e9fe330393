/** 人口 — a compact columnar population of households and members for simulation at scale. */
package org.jingzhun.planning.population;
