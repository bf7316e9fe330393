package org.jingzhun.examples.scenario;

import java.util.ArrayList;
import java.util.List;
import org.jingzhun.examples.report.Chart;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.uncertainty.Headline;
import org.jingzhun.planning.uncertainty.RunHeadlines;
import org.jingzhun.planning.uncertainty.Unit;

/**
 * 参数扫描结果 — the chosen headlines of one year at every point of a {@link ParameterGrid}: a
 * table with a row per point (and its CSV), a heat table per headline for a grid of two
 * parameters, and a line chart per headline for one parameter. Amounts are in yuan to the fen.
 *
 * @param grid the grid
 * @param runs each point's headlines, in the order of {@link ParameterGrid#points()}
 * @param headlines the headlines to show
 * @param year the year shown
 */
public record SweepTables(ParameterGrid grid, List<RunHeadlines> runs, List<Headline> headlines, int year) {
  /**
   * Copies the lists.
   *
   * @param grid the grid
   * @param runs each point's headlines
   * @param headlines the headlines to show
   * @param year the year shown
   */
  public SweepTables {
    runs = List.copyOf(runs);
    headlines = List.copyOf(headlines);
  }

  /** {@return a row per point: the parameters' names and values, the year, each headline} */
  public Table points() {
    List<String> keys = new ArrayList<>();
    for (int a = 1; a <= grid.axes().size(); a++) {
      keys.addAll(List.of("parameter_" + a, "参数 parameter " + a, "value_" + a, "取值 value " + a));
    }
    keys.addAll(List.of("year", "年度 year"));
    headlines.forEach(h -> keys.addAll(List.of(h.name(), h.chinese() + " " + h.english() + (h.unit() == Unit.YUAN ? " (yuan)" : ""))));
    Table.Builder t = Table.keyed("参数扫描 sweep, " + year, keys.toArray(String[]::new));
    List<List<String>> points = grid.points();
    for (int p = 0; p < points.size(); p++) {
      List<String> row = new ArrayList<>();
      for (int a = 0; a < grid.axes().size(); a++) {
        row.add(grid.axes().get(a).name());
        row.add(points.get(p).get(a));
      }
      row.add(String.valueOf(year));
      for (Headline h : headlines) {
        row.add(value(runs.get(p), h));
      }
      t.row(row);
    }
    return t.build();
  }

  /** {@return for a grid of two parameters, {@code headline} with a row per value of the first and a column per value of the second} */
  public Table heat(Headline headline) {
    List<String> columns = new ArrayList<>();
    ParameterGrid.Axis first = grid.axes().get(0);
    ParameterGrid.Axis second = grid.axes().get(1);
    columns.add(first.name() + " \\ " + second.name());
    columns.addAll(second.values());
    Table.Builder t = Table.builder(headline.chinese() + " " + headline.english() + ", " + year, columns);
    for (int i = 0; i < first.values().size(); i++) {
      List<String> row = new ArrayList<>(List.of(first.values().get(i)));
      for (int j = 0; j < second.values().size(); j++) {
        row.add(value(runs.get(i * second.values().size() + j), headline));
      }
      t.row(row);
    }
    return t.build();
  }

  /** {@return for one parameter, {@code headline} as a line over its values} */
  public Chart line(Headline headline) {
    ParameterGrid.Axis axis = grid.axes().get(0);
    String label = headline.chinese() + " " + headline.english();
    Chart.Builder c = Chart.builder(Chart.Kind.LINE, label + ", " + year, axis.name(),
        headline.unit().chinese() + " " + headline.unit().english());
    for (int i = 0; i < axis.values().size(); i++) {
      if (headline.unit() == Unit.YUAN) {
        c.value(label, axis.values().get(i), runs.get(i).amount(headline.name(), year));
      } else {
        c.value(label, axis.values().get(i), runs.get(i).count(headline.name(), year));
      }
    }
    return c.build();
  }

  private String value(RunHeadlines run, Headline h) {
    return h.unit() == Unit.YUAN ? run.amount(h.name(), year).toString() : String.valueOf(run.count(h.name(), year));
  }
}
