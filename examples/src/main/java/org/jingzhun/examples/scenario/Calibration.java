package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.examples.district.DistrictGenerator;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 校准 — the published figures the demonstration district is set beside (read from
 * {@code calibration-targets.yaml} beside {@link DistrictGenerator}, each with its source), and
 * for a run: each target, the simulated value and the gap (simulated − target).
 *
 * @param region the county the targets are for
 * @param targets the targets, in the file's order
 */
public record Calibration(RegionCode region, ImmutableList<Target> targets) {
  /** The resource name of the file, beside {@link DistrictGenerator}. */
  public static final String FILE = "calibration-targets.yaml";
  private static final int PERCENT_PLACES = 2;

  /** What a target measures. */
  public enum Measure {
    /** 贫困人口减少 — registered poor persons at the end of the year before less those at its end. */
    POOR_PERSONS_FALL,
    /** 脱贫人口 — persons exited in the year. */
    PERSONS_LIFTED_OUT,
    /** 贫困村退出 — poor villages delisted in the year. */
    VILLAGES_DELISTED,
    /** 起始贫困发生率 — registered poor persons over the registered population before the run, per cent. */
    INCIDENCE_START_PERCENT,
    /** 摘帽年度 — the year of the assessment the county passed. */
    COUNTY_EXIT_YEAR,
    /** 期末贫困人口 — registered poor persons at the end of the year. */
    POOR_PERSONS_END
  }

  /**
   * One published figure.
   *
   * @param measure what it measures
   * @param year the year it is for
   * @param value the figure
   * @param source where it was published
   * @param note how it is read
   */
  public record Target(Measure measure, int year, BigDecimal value, String source, String note) {}

  /** {@return the shipped targets of the demonstration district} */
  public static Calibration shipped() {
    try (InputStream in = DistrictGenerator.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the build");
      }
      JsonNode root = new YAMLMapper().readTree(in);
      ImmutableList.Builder<Target> targets = ImmutableList.builder();
      for (JsonNode t : root.path("targets")) {
        targets.add(new Target(Measure.valueOf(t.path("measure").asText()), t.path("year").asInt(),
            new BigDecimal(t.path("value").asText()), t.path("source").asText(), t.path("note").asText()));
      }
      return new Calibration(RegionCode.of(root.path("region").asText()), targets.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /**
   * {@return the calibration table of {@code result}: each target, the simulated value and the
   * gap; a target whose year the run does not cover has empty simulated and gap cells}
   *
   * @param result the run
   * @param scenario the scenario it ran (its population before the run gives the starting point)
   */
  public Table table(CampaignResult result, Scenario scenario) {
    Table.Builder t = Table.keyed("校准 calibration", "measure", "指标 measure", "year", "年度 year", "target", "公布值 published",
        "simulated", "模拟值 simulated", "gap", "差距 gap (simulated − published)", "source", "来源 source");
    for (Target target : targets) {
      Optional<BigDecimal> simulated = simulated(target, result, scenario);
      t.row(target.measure().name(), String.valueOf(target.year()), target.value().toPlainString(),
          simulated.map(BigDecimal::toPlainString).orElse(""),
          simulated.map(s -> s.subtract(target.value()).toPlainString()).orElse(""), target.source());
    }
    return t.build();
  }

  private static Optional<BigDecimal> simulated(Target target, CampaignResult result, Scenario scenario) {
    Optional<YearResult> year = result.year(target.year());
    return switch (target.measure()) {
      case POOR_PERSONS_FALL -> year.map(y -> BigDecimal.valueOf(poorBefore(target.year(), result, scenario) - y.poorPersons()));
      case PERSONS_LIFTED_OUT -> year.map(y -> BigDecimal.valueOf(y.exitedPersons()));
      case VILLAGES_DELISTED -> year.map(y -> BigDecimal.valueOf(y.villagesDelistedThisYear()));
      case POOR_PERSONS_END -> year.map(y -> BigDecimal.valueOf(y.poorPersons()));
      case INCIDENCE_START_PERCENT -> Optional.of(startingIncidence(scenario));
      case COUNTY_EXIT_YEAR -> result.years().get(result.years().size() - 1).county().exitYear().map(BigDecimal::valueOf);
    };
  }

  /** The registered poor persons at the end of the year before {@code year}: before the run for its first year. */
  private static long poorBefore(int year, CampaignResult result, Scenario scenario) {
    return result.year(year - 1).map(YearResult::poorPersons).orElseGet(() -> poorPersons(scenario.population()));
  }

  private static long poorPersons(Population p) {
    long persons = 0;
    for (int h = 0; h < p.size(); h++) {
      if (p.registeredPoor(h)) {
        persons += p.memberCount(h);
      }
    }
    return persons;
  }

  private static BigDecimal startingIncidence(Scenario scenario) {
    long population = scenario.county().villages().stream().mapToLong(v -> v.registeredPopulation()).sum();
    return BigDecimal.valueOf(poorPersons(scenario.population())).movePointRight(2)
        .divide(BigDecimal.valueOf(population), PERCENT_PLACES, RoundingMode.HALF_UP);
  }
}
