package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 参数网格 — the values one or two parameters take in a sweep, and the grid of their
 * combinations. An axis is written as {@code --set} writes a change, with several values: a list
 * ({@code dibao.standard.rural=+0%,+10%,+20%}, each value as {@code --set} takes it) or a range
 * {@code FROM..TO/STEP} with an optional unit after it ({@code dibao.standard.rural=3000..4800/300/year}:
 * 3000, 3300, …, 4800 a year; the last value is {@code TO} only if a step lands on it).
 *
 * @param axes the axes, one or two, in the order given
 */
public record ParameterGrid(List<Axis> axes) {
  /** The most points a grid may have. */
  public static final int MAX_POINTS = 400;
  private static final Pattern RANGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\.\\.(-?\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?)(.*)");

  /**
   * One parameter's values.
   *
   * @param name the parameter's name
   * @param values its values, each as {@code --set} takes it
   */
  public record Axis(String name, List<String> values) {
    /**
     * Copies the values.
     *
     * @param name the parameter's name
     * @param values its values
     */
    public Axis {
      values = List.copyOf(values);
    }
  }

  /**
   * Copies the axes.
   *
   * @param axes the axes
   */
  public ParameterGrid {
    axes = List.copyOf(axes);
  }

  /**
   * Reads the axes given to {@code option}, every problem at once.
   *
   * @param given each {@code NAME=VALUES}
   * @param option the option's name, for the messages
   * @return the grid
   * @throws ValidationException if there are not one or two axes, a value is not as {@code --set}
   *     takes it, a range is empty, or the grid has more than {@link #MAX_POINTS} points
   */
  public static ParameterGrid parse(List<String> given, String option) {
    Violations v = Violations.collect();
    v.check(given.size() == 1 || given.size() == 2, option, given.size(),
        "应给出一个或两个参数 / vary one parameter (a line) or two (a grid)");
    List<Axis> axes = new ArrayList<>();
    for (String g : given) {
      try {
        axes.add(axis(g, option));
      } catch (ValidationException e) {
        v.addAll("", e.violations());
      }
    }
    v.throwIfAny();
    ParameterGrid grid = new ParameterGrid(axes);
    v.check(grid.points().size() <= MAX_POINTS, option, grid.points().size(),
        "网格最多" + MAX_POINTS + "点 / a grid has at most " + MAX_POINTS + " points");
    v.throwIfAny();
    return grid;
  }

  private static Axis axis(String text, String option) {
    int eq = text.indexOf('=');
    if (eq < 1) {
      throw ValidationException.of(option, text, "应为 名称=取值,取值 或 名称=起..止/步长 / is NAME=V1,V2,… or NAME=FROM..TO/STEP");
    }
    String name = text.substring(0, eq).strip();
    String values = text.substring(eq + 1).strip();
    Matcher range = RANGE.matcher(values);
    List<String> out = range.matches() ? range(range, text, option) : Arrays.stream(values.split(",")).map(String::strip).toList();
    for (String value : out) {
      ParameterSetting.of(name, value, option + " " + name);
    }
    if (out.size() < 2) {
      throw ValidationException.of(option, text, "至少两个取值 / give at least two values");
    }
    return new Axis(name, out);
  }

  private static List<String> range(Matcher m, String text, String option) {
    BigDecimal from = new BigDecimal(m.group(1));
    BigDecimal to = new BigDecimal(m.group(2));
    BigDecimal step = new BigDecimal(m.group(3));
    if (step.signum() <= 0 || to.compareTo(from) < 0) {
      throw ValidationException.of(option, text, "范围应为 起≤止、步长>0 / a range runs from FROM up to TO by a STEP above 0");
    }
    List<String> out = new ArrayList<>();
    for (BigDecimal x = from; x.compareTo(to) <= 0 && out.size() <= MAX_POINTS; x = x.add(step)) {
      out.add(x.toPlainString() + m.group(4));
    }
    return out;
  }

  /** {@return every combination of the axes' values: the first axis slowest, each a value per axis} */
  public List<List<String>> points() {
    List<List<String>> points = List.of(List.of());
    for (Axis a : axes) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> p : points) {
        for (String value : a.values()) {
          List<String> q = new ArrayList<>(p);
          q.add(value);
          next.add(List.copyOf(q));
        }
      }
      points = next;
    }
    return points;
  }
}
