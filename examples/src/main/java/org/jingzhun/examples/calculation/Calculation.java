package org.jingzhun.examples.calculation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Labelled;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.validation.ValidationException;

/**
 * 计算 — one calculation of the library as the command line and the case runner see it: a
 * name ({@code household-exit}), a title in Chinese and English, the type its JSON input is
 * read as, and the function of (input, situation) that computes its result, plain or
 * explained.
 *
 * <p>Register one with {@link #of}: the library's {@code compute} and {@code explain} methods
 * fit as lambdas.
 *
 * <pre>{@code
 * Calculation.of("household-summary", TITLE, Household.class,
 *     (household, s) -> HouseholdSummaries.compute(household, s.date()),
 *     (household, s) -> HouseholdSummaries.explain(household, s.date()));
 * }</pre>
 *
 * @param <I> the input type, read from JSON with the Jingzhun mapper
 * @param <O> the result type, written as JSON with the Jingzhun mapper
 */
public final class Calculation<I, O> implements Labelled {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** A function of the input and situation, as a library calculator offers it. */
  @FunctionalInterface
  public interface Rule<I, R> {
    /**
     * Applies the rule.
     *
     * @throws ValidationException if the input is invalid for this situation
     */
    R apply(I input, Situation situation);
  }

  private final String name;
  private final Term title;
  private final Class<I> inputType;
  private final Rule<I, O> compute;
  private final Rule<I, Explained<O>> explain;
  private final Optional<BiFunction<O, Language, String>> notice;

  private Calculation(String name, Term title, Class<I> inputType, Rule<I, O> compute, Rule<I, Explained<O>> explain,
      Optional<BiFunction<O, Language, String>> notice) {
    this.name = name;
    this.title = title;
    this.inputType = inputType;
    this.compute = compute;
    this.explain = explain;
    this.notice = notice;
  }

  /**
   * A calculation named {@code name} (lower case words joined by hyphens, the subcommand's
   * name) computing with {@code compute} and explaining with {@code explain}.
   */
  public static <I, O> Calculation<I, O> of(
      String name, Term title, Class<I> inputType, Rule<I, O> compute, Rule<I, Explained<O>> explain) {
    checkArgument(NAME.matcher(name).matches(), "a calculation name is lower-case words joined by hyphens, not %s", name);
    return new Calculation<>(name, title, inputType, compute, explain, Optional.empty());
  }

  /**
   * This calculation with a printable notice of its result (公示文本), added to the explained
   * output in the language asked.
   */
  public Calculation<I, O> withNotice(BiFunction<O, Language, String> render) {
    return new Calculation<>(name, title, inputType, compute, explain, Optional.of(render));
  }

  /** Whether this calculation has a printable notice. */
  public boolean hasNotice() {
    return notice.isPresent();
  }

  /** The printable notice of {@code result} in {@code language}, if this calculation has one. */
  public Optional<String> notice(O result, Language language) {
    return notice.map(r -> r.apply(result, language));
  }

  /** The name, which is also the subcommand's. */
  public String name() {
    return name;
  }

  /** The title, e.g. 户收入概况 / household income summary. */
  public Term title() {
    return title;
  }

  @Override
  public String chinese() {
    return title.chinese();
  }

  @Override
  public String english() {
    return title.english();
  }

  /** The type the JSON input is read as. */
  public Class<I> inputType() {
    return inputType;
  }

  /**
   * The result for {@code input} in {@code situation}, without an explanation.
   *
   * @throws ValidationException if the input is invalid for this situation
   */
  public O compute(I input, Situation situation) {
    return compute.apply(input, situation);
  }

  /**
   * The result with its derivation.
   *
   * @throws ValidationException if the input is invalid for this situation
   */
  public Explained<O> explain(I input, Situation situation) {
    return explain.apply(input, situation);
  }

  @Override
  public String toString() {
    return name;
  }
}
