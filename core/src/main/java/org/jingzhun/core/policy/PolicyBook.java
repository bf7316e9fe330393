package org.jingzhun.core.policy;

import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.util.concurrent.ExecutionException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableRangeMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;

/**
 * 政策参数库 — every policy parameter with its dated, region-scoped, cited values, answering
 * "the value of P for region R on date D". A region that sets no value of its own on that
 * date inherits the nearest ancestor's: village → township → county → city → province →
 * nation.
 *
 * <p>Books are immutable. A reform ({@link #reform(String)}, {@link #withOverrides(List)}) is
 * a new book with some values replaced or added, which lists what it changed.
 */
public final class PolicyBook {
  private static final Supplier<PolicyBook> SHIPPED = Suppliers.memoize(PolicyBook::loadShipped);

  private final String title;
  private final ImmutableMap<String, Parameter> parameters;
  private final ImmutableList<Change> changes;
  private final boolean officialOnly;
  /** Rules resolved from this book, by kind, region and date: a memo of pure functions of the book. */
  private final Cache<Resolution, Object> resolved = CacheBuilder.newBuilder().maximumSize(RESOLVED_MAX).build();

  /** How many resolved rules a book keeps (the least recently used go first). */
  private static final int RESOLVED_MAX = 16_384;

  private record Resolution(Class<?> kind, RegionCode region, LocalDate date) {}

  /**
   * Resolves rules of one kind from a book for a region and date.
   *
   * @param <T> the rules' type
   */
  @FunctionalInterface
  public interface Resolver<T> {
    /**
     * {@return the rules of {@code book} for {@code region} on {@code date}}
     *
     * @param book the policy book whose parameters apply
     * @param region the region whose parameters apply (inherited from its parents where it sets
     *     none)
     * @param date the day whose rules apply
     */
    T resolve(PolicyBook book, RegionCode region, LocalDate date);
  }

  PolicyBook(String title, Map<String, Parameter> parameters, List<Change> changes) {
    this(title, parameters, changes, false);
  }

  PolicyBook(String title, Map<String, Parameter> parameters, List<Change> changes, boolean officialOnly) {
    this.title = title;
    this.parameters = ImmutableMap.copyOf(new TreeMap<>(parameters));
    this.changes = ImmutableList.copyOf(changes);
    this.officialOnly = officialOnly;
  }

  /**
   * {@return the book of every parameter file shipped by the Jingzhun modules on the class or
   * module path (each module declares its files as a {@link PolicyResources} service)}
   *
   * @throws ValidationException if a shipped file is invalid
   * @throws IllegalStateException if a module's parameter files are on the path but were not found
   *     as a service (a program packaged with the modules' service files overwriting each other),
   *     naming them: never a book with a part left out
   */
  public static PolicyBook shipped() {
    return SHIPPED.get();
  }

  private static PolicyBook loadShipped() {
    List<ParameterKey<?>> keys = new ArrayList<>();
    List<PolicyFile> files = shippedFiles(keys);
    return load(files, keys);
  }

  /**
   * {@return the text of every parameter file that {@link #shipped()} loads, in its load order,
   * each named as its errors are: a program that sends policy as text (to other machines) sends
   * these and any overlays, and compares {@link PolicyFile#fingerprint(List)}s}
   *
   * @throws IllegalStateException as {@link #shipped()} does, when a module's files are on the path
   *     but were not found as a service
   */
  public static List<PolicyFile> shippedFiles() {
    return List.copyOf(shippedFiles(new ArrayList<>()));
  }

  /** The shipped files, their providers' table keys added to {@code keys}; checked complete. */
  private static List<PolicyFile> shippedFiles(List<ParameterKey<?>> keys) {
    List<PolicyFile> files = new ArrayList<>();
    List<String> found = new ArrayList<>();
    ClassLoader loader = PolicyBook.class.getClassLoader();
    for (PolicyResources resources : ServiceLoader.load(PolicyResources.class, loader)) {
      found.add(resources.getClass().getName());
      keys.addAll(resources.keys());
      for (String name : resources.files()) {
        try {
          files.add(PolicyFile.of(resources.getClass().getName() + ":" + name, resources.open(name)));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("cannot open shipped parameter file " + name, e);
        }
      }
    }
    ShippedParts.checkComplete(loader, found, ShippedParts.expected());
    return files;
  }

  /**
   * {@return a book of the parameters in {@code files}, checked as a whole}
   *
   * @param files the parameter files, in load order
   * @throws ValidationException listing every problem in every file, each at its file and line
   */
  public static PolicyBook load(List<PolicyFile> files) {
    return load(files, List.of());
  }

  /**
   * {@return a book of the parameters in {@code files}, each table parameter that {@code keys}
   * declares bound to its key's type when it loads}
   *
   * @param files the parameter files, in load order
   * @param keys the table parameters' keys, declaring their types
   * @throws ValidationException listing every problem in every file (a table of the wrong shape
   *     included), each at its file and line
   */
  public static PolicyBook load(List<PolicyFile> files, List<ParameterKey<?>> keys) {
    Map<String, ParameterKey<?>> byName = new java.util.LinkedHashMap<>();
    keys.forEach(k -> byName.put(k.name(), k));
    return new PolicyBook("", PolicyLoader.load(files, byName), List.of());
  }

  /**
   * {@return a book of the parameters in {@code files}; see {@link #load(List)}}
   *
   * @param files the parameter files, in load order
   */
  public static PolicyBook load(PolicyFile... files) {
    return load(Arrays.asList(files));
  }

  /**
   * {@return a reform read from parameter files: their values replace this book's over their
   * periods (or add to it), and they may define new parameters} The reform's title is the files'
   * names.
   *
   * @param files the files of the reform, each in the shipped files' format without units
   * @throws ValidationException listing every problem, each at its file and line
   */
  public PolicyBook withOverrides(List<PolicyFile> files) {
    Map<String, Parameter> read = PolicyLoader.loadOverrides(files, parameters);
    Reform.Builder reform = reform(String.join(", ", files.stream().map(PolicyFile::name).toList()));
    read.forEach((name, p) -> {
      if (!parameters.containsKey(name)) {
        reform.define(p);
      }
      p.rangeMaps().forEach((region, timeline) ->
          timeline.asMapOfRanges().forEach((range, value) -> reform.set(name, region, value)));
    });
    return reform.build();
  }

  /**
   * {@return 仅用官方数字 — this book answering only with values that rest on a published rule
   * ({@link Confidence#official()}: a document or a local rule)} A calculation that needs an
   * {@code ESTIMATED} or {@code UNVERIFIED} value then fails, listing every such value it needed,
   * instead of using it. A region's refused value is not replaced by its parent's.
   */
  public PolicyBook officialOnly() {
    return officialOnly ? this : new PolicyBook(title, parameters, changes, true);
  }

  /**
   * {@return whether this book refuses values that are not official; see {@link #officialOnly()}}
   */
  public boolean isOfficialOnly() {
    return officialOnly;
  }

  /**
   * {@return the rules {@code resolver} makes for {@code region} on {@code date}, made once for
   * this book and then reused: rules are pure functions of (book, region, date), so a caller may
   * ask for them per household and pay only a lookup} A resolution that fails is not kept.
   *
   * @param <T> the type of the rules
   * @param kind the class of the rules, part of the cache key
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param resolver makes the rules from the book, region and date when they are not cached, e.g.
   *     {@code DibaoRules::resolve}
   * @throws ValidationException as {@code resolver} does
   */
  public <T> T resolved(Class<T> kind, RegionCode region, LocalDate date, Resolver<T> resolver) {
    try {
      return kind.cast(resolved.get(new Resolution(kind, region, date), () -> resolver.resolve(this, region, date)));
    } catch (ExecutionException | UncheckedExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Starts a reform of this book: a new book with some values replaced or added.
   *
   * @param title the reform's title, e.g. "dibao +10%"
   * @return the reform's builder; {@code build()} makes the new book
   */
  public Reform.Builder reform(String title) {
    return new Reform.Builder(this, title);
  }

  /** {@return the title of a reform; empty for a book loaded from files} */
  public String title() {
    return title;
  }

  /** {@return what this book changed relative to the book it reforms; empty for a loaded book} */
  public List<Change> changes() {
    return changes;
  }

  /** {@return every parameter, by name, sorted} */
  public Map<String, Parameter> parameters() {
    return parameters;
  }

  /**
   * {@return the parameter named {@code name}, if the book has it}
   *
   * @param name the parameter's name, e.g. {@code dibao.standard.rural}
   */
  public Optional<Parameter> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /**
   * {@return the parameter of {@code key}, if the book has it}
   *
   * @param key the parameter's key, e.g. {@code DibaoRules.STANDARD}
   */
  public Optional<Parameter> parameter(ParameterKey<?> key) {
    return parameter(key.name());
  }

  /**
   * {@return the value of {@code name} in force for {@code region} on {@code date}: the region's
   * own, or else the nearest ancestor's}
   *
   * @param name the parameter's name, e.g. {@code dibao.standard.rural}
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws IllegalArgumentException if the book has no parameter of that name (a
   *     programming error, not bad input)
   */
  public Optional<Reading> find(String name, RegionCode region, LocalDate date) {
    PolicyReader reader = PolicyReader.of(this, region, date);
    Optional<Reading> found = reader.ifInForce(name);
    reader.throwIfGaps();
    return found;
  }

  /** The nearest value in force, official or not. */
  Optional<Reading> nearest(String name, RegionCode region, LocalDate date) {
    Parameter p = parameters.get(name);
    if (p == null) {
      throw new IllegalArgumentException("the policy book has no parameter named " + name);
    }
    RegionCode r = region;
    while (true) {
      ImmutableRangeMap<LocalDate, ParameterValue> timeline = p.rangeMaps().get(r);
      ParameterValue v = timeline == null ? null : timeline.get(date);
      if (v != null) {
        return Optional.of(new Reading(p, r, v));
      }
      if (r.isNation()) {
        return Optional.empty();
      }
      r = r.parent();
    }
  }

  /** Whether this book refuses {@code reading}: an official-only book and a value not official. */
  boolean refuses(Reading reading) {
    return officialOnly && !reading.entry().source().confidence().official();
  }

  /**
   * {@return the value of {@code name} in force for {@code region} on {@code date}}
   *
   * @param name the parameter's name, e.g. {@code dibao.standard.rural}
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws ValidationException of kind {@code NO_POLICY} naming the parameter, the date, and
   *     the regions searched if no value is in force for the region or any region above it (or,
   *     in an official-only book, the value in force is refused)
   */
  public Reading get(String name, RegionCode region, LocalDate date) {
    PolicyReader reader = PolicyReader.of(this, region, date);
    Optional<Reading> found = reader.need(name);
    reader.throwIfGaps();
    return found.orElseThrow();
  }

  /**
   * {@return the value of {@code key}'s parameter in force for {@code region} on {@code date}, to
   * cite ({@link org.jingzhun.core.explain.Trace#parameter}) and read ({@link Reading#value})}
   *
   * @param key the parameter's key, e.g. {@code DibaoRules.STANDARD}
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws ValidationException of kind {@code NO_POLICY} as {@link #get(String, RegionCode, LocalDate)}
   */
  public Reading get(ParameterKey<?> key, RegionCode region, LocalDate date) {
    return get(key.name(), region, date);
  }

  /**
   * {@return the value of {@code key}'s parameter in force for {@code region} on {@code date}, if
   * any: for a parameter whose absence means the rule does not apply}
   *
   * @param key the parameter's key
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws ValidationException of kind {@code NO_POLICY} if an official-only book refuses the value in force
   */
  public Optional<Reading> find(ParameterKey<?> key, RegionCode region, LocalDate date) {
    return find(key.name(), region, date);
  }

  /**
   * {@return the typed value of {@code key}'s parameter in force for {@code region} on {@code date}}
   *
   * @param <T> the key's type
   * @param key the parameter's key, e.g. {@code DibaoRules.STANDARD}
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws ValidationException of kind {@code NO_POLICY} as {@link #get(String, RegionCode, LocalDate)}
   */
  public <T> T value(ParameterKey<T> key, RegionCode region, LocalDate date) {
    return get(key, region, date).value(key);
  }

  /**
   * {@return every parameter that has a value in force for {@code region} on {@code date}, by name;
   * in an official-only book, only the official ones}
   *
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   */
  public List<Reading> inForce(RegionCode region, LocalDate date) {
    return parameters.keySet().stream()
        .map(name -> nearest(name, region, date))
        .flatMap(Optional::stream)
        .filter(r -> !refuses(r))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return 参数覆盖 — for every parameter, year by year from {@code fromYear} to {@code toYear}, the
   * confidence of the values in force for {@code region} (its own or inherited), or the part of the
   * year with none}
   *
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param fromYear the first year, e.g. 2014
   * @param toYear the last year, included
   */
  public PolicyCoverage coverage(RegionCode region, int fromYear, int toYear) {
    return PolicyCoverage.of(this, region, fromYear, toYear);
  }

  @Override
  public String toString() {
    return "PolicyBook[" + (title.isEmpty() ? "" : title + ", ") + parameters.size() + " parameters"
        + (officialOnly ? ", official only]" : "]");
  }
}
