package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Township;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.district.DemoAssumptions;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.district.DistrictGenerator;
import org.jingzhun.examples.register.RegisterCsvReader;
import org.jingzhun.examples.register.RegisterSink;
import org.jingzhun.examples.register.RejectedRow;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.target.Targets;

/**
 * 研究情景 — a {@link ScenarioFile} made ready to run: its population generated or streamed from
 * its register, its plan cut to its years, its assumptions (the demonstration's, with the file's
 * replacing them), its book (the shipped one with its files and changes laid on it) and, for
 * {@code compare}, its reform's book.
 *
 * @param name the scenario's name
 * @param synthetic whether the population is the synthetic district (every output is labelled so)
 * @param baseline the scenario under its book
 * @param reformName the reform's name
 * @param reformBook the baseline's book with the reform's files and changes laid on it
 */
public record ResearchScenario(String name, boolean synthetic, Scenario baseline, String reformName, PolicyBook reformBook) {
  /** The years of a run when neither the scenario nor its plan says: the campaign's. */
  static final YearSpan CAMPAIGN = YearSpan.of(2015, 2020);
  private static final ObjectMapper TREES = new ObjectMapper();

  /** {@return the reform run: the baseline under the reform's book} */
  public Scenario reform() {
    return Scenario.builder().from(baseline).book(reformBook).build();
  }

  /**
   * Prepares {@code file}.
   *
   * @param file the scenario
   * @param sources where its files come from
   * @return the scenario ready to run
   * @throws ValidationException listing every problem of the scenario, each at its path
   */
  public static ResearchScenario prepare(ScenarioFile file, ScenarioSources sources) {
    PopulationSpec population = file.population()
        .orElseGet(() -> ImmutablePopulationSpec.builder().synthetic(ImmutableSyntheticPopulation.builder().build()).build());
    Assumptions assumptions = assumptions(file.assumptions());
    Parts parts = population.synthetic().isPresent()
        ? synthetic(population.synthetic().get(), file.years())
        : register(population.register().get(), file.years().orElse(CAMPAIGN), sources);
    LocalDate firstDay = LocalDate.of(parts.plan.firstYear(), 1, 1);
    String name = file.name().orElse(parts.name);
    PolicyBook base = sources.book();
    PolicyBook book = file.policy().isEmpty() ? base : base.withOverrides(sources.policyFiles(file.policy()));
    book = ParameterSetting.apply(book, settings(file.set(), "set"), parts.county.code(), firstDay, name);
    Optional<ReformSpec> reform = file.reform();
    String reformName = reform.flatMap(ReformSpec::name).orElse("reform");
    PolicyBook reformBook = book;
    if (reform.isPresent()) {
      if (!reform.get().policy().isEmpty()) {
        reformBook = reformBook.withOverrides(sources.policyFiles(reform.get().policy()));
      }
      reformBook = ParameterSetting.apply(reformBook, settings(reform.get().set(), "reform.set"), parts.county.code(), firstDay, reformName);
    }
    Scenario scenario = Scenario.builder().name(name).county(parts.county).population(parts.population).book(book)
        .plan(parts.plan).assumptions(assumptions).seed(parts.seed).targets(parts.targets).build();
    return new ResearchScenario(name, population.synthetic().isPresent(), scenario, reformName, reformBook);
  }

  /** The changes of a {@code set} map, in order, each read at {@code at.NAME}. */
  static List<ParameterSetting> settings(Map<String, String> set, String at) {
    List<ParameterSetting> out = new ArrayList<>();
    Violations v = Violations.collect();
    set.forEach((name, value) -> {
      try {
        out.add(ParameterSetting.of(name, value, at + "." + name));
      } catch (ValidationException e) {
        v.addAll("", e.violations());
      }
    });
    v.throwIfAny();
    return out;
  }

  /** The demonstration's assumptions with {@code changes} replacing them, each checked as its attribute. */
  static Assumptions assumptions(Optional<JsonNode> changes) {
    if (changes.isEmpty()) {
      return DemoAssumptions.shipped().assumptions();
    }
    ObjectNode merged;
    try {
      merged = (ObjectNode) TREES.readTree(JingzhunJson.write(DemoAssumptions.shipped().assumptions()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    changes.get().properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
    try {
      return JingzhunJson.read(merged.toString(), Assumptions.class);
    } catch (ValidationException e) {
      throw e.under("assumptions");
    }
  }

  /** The parts of a scenario that come from its population. */
  private record Parts(String name, County county, Population population, Plan plan, long seed, Optional<Targets> targets) {}

  private static Parts synthetic(SyntheticPopulation spec, Optional<YearSpan> years) {
    DistrictGenerator generator = DistrictGenerator.shipped();
    long seed = spec.seed().orElse(2016L);
    int households = spec.households().orElse(generator.defaultHouseholds());
    RegionCode county = spec.region().orElse(generator.defaultCounty());
    DemonstrationDistrict d = generator.generate(seed, households, county);
    Plan plan = d.plan();
    Optional<Targets> targets = Optional.of(d.targets());
    if (years.isPresent() && (years.get().first() != plan.firstYear() || years.get().last() != plan.lastYear())) {
      Violations v = Violations.collect();
      v.check(years.get().first() >= plan.firstYear(), "years.from", years.get().first(),
          "合成区规划始于" + plan.firstYear() + "年 / the synthetic district's plan starts in " + plan.firstYear());
      v.check(years.get().last() <= plan.lastYear(), "years.to", years.get().last(),
          "合成区规划止于" + plan.lastYear() + "年 / the synthetic district's plan ends in " + plan.lastYear());
      v.throwIfAny();
      plan = cut(plan, years.get());
      targets = Optional.empty();
    }
    String name = "演示区 demonstration district (SYNTHETIC), county " + county;
    return new Parts(name, d.county(), d.population(), plan, seed, targets);
  }

  /** {@code plan} over {@code years} only: the projects that run within them, the sources' money of those years. */
  static Plan cut(Plan plan, YearSpan years) {
    List<Project> projects = plan.library().projects().stream()
        .filter(p -> p.firstYear() >= years.first() && p.lastYear() <= years.last()).toList();
    List<FundingSource> sources = new ArrayList<>();
    for (FundingSource s : plan.sources()) {
      sources.add(FundingSource.builder().from(s).amountByYear(s.amountByYear().subMap(years.first(), years.last() + 1)).build());
    }
    return Plan.builder().from(plan).firstYear(years.first()).lastYear(years.last())
        .library(ProjectLibrary.builder().from(plan.library()).projects(projects).build()).sources(sources).build();
  }

  private static Parts register(RegisterPopulation spec, YearSpan years, ScenarioSources sources) {
    Population population = Population.create();
    Map<RegionCode, Integer> persons = new LinkedHashMap<>();
    Violations problems = Violations.collect();
    try (Reader in = sources.register(spec.file(), spec.encoding())) {
      RegisterCsvReader.read(in, Optional.of(LocalDate.of(years.first(), 1, 1)), new RegisterSink() {
        @Override
        public void household(Household household) {
          population.append(household);
          persons.merge(household.village(), household.members().size(), Integer::sum);
        }

        @Override
        public void rejected(RejectedRow row) {
          problems.add("population.register.file", spec.file(), row.toString());
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    problems.check(!persons.isEmpty() || !problems.isEmpty(), "population.register.file", spec.file(),
        "名册中没有住户 / the register has no household");
    problems.throwIfAny();
    population.trimToSize();
    RegionCode county = persons.keySet().iterator().next().parent().parent();
    for (RegionCode v : persons.keySet()) {
      problems.check(v.parent().parent().equals(county), "population.register.file", v,
          "一个情景只含一个县 / a scenario's villages are of one county; this village is not in " + county);
    }
    problems.throwIfAny();
    Map<RegionCode, Township.Builder> townships = new LinkedHashMap<>();
    persons.keySet().stream().sorted().forEach(v -> townships.computeIfAbsent(v.parent(),
        t -> Township.builder().code(t).name(t.toString())).addVillages(
        Village.builder().code(v).name(v.toString()).registeredPopulation(persons.get(v)).poorVillage(false).build()));
    County.Builder c = County.builder().code(county).name(county.toString());
    townships.values().forEach(t -> c.addTownships(t.build()));
    Plan plan = Plan.builder().id("register").name("no plan: the register's households only").firstYear(years.first())
        .lastYear(years.last()).library(ProjectLibrary.builder().build()).build();
    return new Parts("register " + spec.file(), c.build(), population, plan, spec.seed().orElse(2016L), Optional.empty());
  }
}
