package org.jingzhun.planning.allocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;

/**
 * 资金匹配 — decides exactly, in fen, whether a set of projects can be funded together, and if
 * so how: for each year, a maximum flow from the projects' costs through the sources that may
 * fund each project's type to the sources' amounts (Dinic's algorithm on whole fen). The set
 * can be funded when every year's flow carries every project's cost.
 */
final class FundFlow {
  private FundFlow() {}

  /** The grants that fund every project of {@code projects} in full, if the sources allow. */
  static Optional<List<Grant>> fund(Plan plan, List<Project> projects) {
    List<Grant> grants = new ArrayList<>();
    for (int year : plan.years()) {
      if (!fundYear(plan, projects, year, grants)) {
        return Optional.empty();
      }
    }
    grants.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
        : !a.projectId().equals(b.projectId()) ? a.projectId().compareTo(b.projectId())
        : a.sourceId().compareTo(b.sourceId()));
    return Optional.of(grants);
  }

  private static boolean fundYear(Plan plan, List<Project> projects, int year, List<Grant> grants) {
    List<FundingSource> sources = plan.sources();
    int n = projects.size();
    int k = sources.size();
    Network net = new Network(n + k + 2);
    int source = n + k;
    int sink = n + k + 1;
    long due = 0;
    int[][] edge = new int[n][k];
    for (int p = 0; p < n; p++) {
      long cost = projects.get(p).costIn(year).fen();
      due = Math.addExact(due, cost);
      net.add(source, p, cost);
      Arrays.fill(edge[p], -1);
      for (int s = 0; s < k; s++) {
        if (cost > 0 && sources.get(s).mayFund(projects.get(p).type()) && sources.get(s).amountIn(year).isPositive()) {
          edge[p][s] = net.add(p, n + s, cost);
        }
      }
    }
    for (int s = 0; s < k; s++) {
      net.add(n + s, sink, sources.get(s).amountIn(year).fen());
    }
    if (net.maxFlow(source, sink) != due) {
      return false;
    }
    for (int p = 0; p < n; p++) {
      for (int s = 0; s < k; s++) {
        long flow = edge[p][s] < 0 ? 0 : net.flow(edge[p][s]);
        if (flow > 0) {
          grants.add(Grant.of(sources.get(s).id(), projects.get(p).id(), year, Money.ofFen(flow)));
        }
      }
    }
    return true;
  }

  /** A flow network with long capacities; edges are stored in pairs (forward, residual). */
  private static final class Network {
    private final List<List<Integer>> out = new ArrayList<>();
    private final List<Integer> to = new ArrayList<>();
    private final List<Long> capacity = new ArrayList<>();
    private final List<Long> original = new ArrayList<>();
    private int[] level;
    private int[] next;

    Network(int nodes) {
      for (int i = 0; i < nodes; i++) {
        out.add(new ArrayList<>());
      }
    }

    int add(int from, int target, long cap) {
      int id = to.size();
      out.get(from).add(id);
      to.add(target);
      capacity.add(cap);
      original.add(cap);
      out.get(target).add(id + 1);
      to.add(from);
      capacity.add(0L);
      original.add(0L);
      return id;
    }

    long flow(int edge) {
      return original.get(edge) - capacity.get(edge);
    }

    long maxFlow(int s, int t) {
      long total = 0;
      while (bfs(s, t)) {
        next = new int[out.size()];
        long pushed;
        while ((pushed = dfs(s, t, Long.MAX_VALUE)) > 0) {
          total += pushed;
        }
      }
      return total;
    }

    private boolean bfs(int s, int t) {
      level = new int[out.size()];
      Arrays.fill(level, -1);
      level[s] = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      while (!queue.isEmpty()) {
        int u = queue.poll();
        for (int e : out.get(u)) {
          if (capacity.get(e) > 0 && level[to.get(e)] < 0) {
            level[to.get(e)] = level[u] + 1;
            queue.add(to.get(e));
          }
        }
      }
      return level[t] >= 0;
    }

    private long dfs(int u, int t, long limit) {
      if (u == t) {
        return limit;
      }
      for (; next[u] < out.get(u).size(); next[u]++) {
        int e = out.get(u).get(next[u]);
        int v = to.get(e);
        if (capacity.get(e) > 0 && level[v] == level[u] + 1) {
          long pushed = dfs(v, t, Math.min(limit, capacity.get(e)));
          if (pushed > 0) {
            capacity.set(e, capacity.get(e) - pushed);
            capacity.set(e ^ 1, capacity.get(e ^ 1) + pushed);
            return pushed;
          }
        }
      }
      return 0;
    }
  }
}
