package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.allocation.Decision;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.simulation.CampaignResult;

/**
 * 资金分配表 — the plan's allocation as a researcher reads it: every project in the order the
 * greedy method weighed it (library order for the exact method), with the field that ranked it,
 * its value toward the objective per 10,000 yuan of cost; and, in words, what the allocation
 * claims and, when the run without projects was made, what the simulation found.
 */
public final class AllocationTable {
  private static final BigDecimal TEN_THOUSAND_YUAN_IN_FEN = BigDecimal.valueOf(1_000_000);
  private static final int PLACES = 4;

  private AllocationTable() {}

  /**
   * {@return one row per project of {@code plan}, in the allocation's order}
   *
   * @param allocation the run's allocation
   * @param plan the plan it allocated
   */
  public static Table of(Allocation allocation, Plan plan) {
    Map<String, Project> projects = plan.library().projects().stream().collect(Collectors.toMap(Project::id, Function.identity()));
    Table.Builder t = Table.keyed("资金分配 allocation", "order", "次序 order", "project_id", "项目 project", "project_type", "类型 type",
        "village", "村 village", "chosen", "入选 chosen", "reason", "理由 reason", "value", "价值 value", "cost_yuan", "投资 cost (yuan)",
        "value_per_10k_yuan", "每万元价值 value per 10,000 yuan");
    List<Decision> decisions = new ArrayList<>(allocation.decisions());
    decisions.sort(Comparator.comparing((Decision d) -> d.step().orElse(Integer.MAX_VALUE)));
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      Project p = projects.get(d.projectId());
      t.row(String.valueOf(d.step().orElse(i + 1)), d.projectId(), p.type().name(), p.sites().get(0).village().toString(),
          d.chosen() ? "yes" : "no", d.reason().name(), String.valueOf(d.value()), d.cost().toString(), perTenThousandYuan(d));
    }
    return t.build();
  }

  /** {@return the value per 10,000 yuan of cost, to four places; empty for a project that costs nothing} */
  static String perTenThousandYuan(Decision d) {
    if (d.cost().isZero()) {
      return "";
    }
    return BigDecimal.valueOf(d.value()).multiply(TEN_THOUSAND_YUAN_IN_FEN)
        .divide(BigDecimal.valueOf(d.cost().fen()), PLACES, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * {@return the allocation in two or three lines: what it maximised and its value, what it chose
   * and spent, and the simulated effect beside the value when the run without projects was made}
   *
   * @param result the run
   */
  public static List<String> summary(CampaignResult result) {
    Allocation a = result.allocation();
    List<String> out = new ArrayList<>();
    out.add("资金分配 allocation (" + a.method().english() + "): 目标 objective " + a.objective().chinese() + " / "
        + a.objective().english() + " = " + a.value());
    out.add("  入选 chosen " + a.chosenProjectIds().size() + " of " + a.decisions().size() + " projects, 支出 spent "
        + a.totalSpent() + " yuan");
    result.projectEffect().ifPresent(effect -> out.add("  模拟效果 simulated: 无项目基线期末贫困人口 poor at the end without the projects "
        + result.baselinePoorPersons().orElseThrow() + ", with them " + (result.baselinePoorPersons().orElseThrow() - effect)
        + ": 多脱贫 " + effect + " more persons out (predicted " + a.value() + ")"));
    return out;
  }
}
