package org.jingzhun.benchmarks.peer;

import java.math.BigDecimal;
import java.util.Optional;
import org.jingzhun.benchmarks.library.DibaoDecision;
import org.jingzhun.core.household.PovertyCategory;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.DMNCompilerConfigurationImpl;
import org.kie.dmn.core.compiler.DMNCompilerImpl;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.feel.parser.feel11.profiles.DoCompileFEELProfile;

/**
 * DMN 对照 (the DMN peer): the library's identification and dibao rules, for the fields the
 * benchmark population holds, as a DMN 1.3 decision model
 * ({@code identification-dibao.dmn} beside this class), compiled once and evaluated by
 * Drools ({@code kie-dmn-core}) without a KIE container, with FEEL interpreted (Drools'
 * default) or compiled to Java ({@link FeelMode}).
 *
 * <p>Inputs are passed as FEEL numbers ({@link BigDecimal}) in fen; outputs are read back
 * into a {@link DibaoDecision}. A model or evaluation error is an exception, never a
 * partial result. One instance may be shared; a {@link DMNContext} from {@link #newContext}
 * belongs to one thread.
 */
public final class DmnDibaoPeer {

  /** Classpath resource of the model, relative to this class. */
  public static final String MODEL_RESOURCE = "identification-dibao.dmn";

  private static final String NAMESPACE = "https://jingzhun.org/dmn/identification-dibao";
  private static final String MODEL_NAME = "IdentificationDibao";

  private final DMNRuntime runtime;
  private final DMNModel model;

  private DmnDibaoPeer(DMNRuntime runtime, DMNModel model) {
    this.runtime = runtime;
    this.model = model;
  }

  /**
   * Compiles the model with FEEL run the given way.
   *
   * @throws IllegalStateException if the model does not compile or has errors
   */
  public static DmnDibaoPeer load(FeelMode feel) {
    DMNRuntimeBuilder builder = DMNRuntimeBuilder.fromDefaults();
    DMNRuntimeBuilder.DMNRuntimeBuilderConfigured configured =
        switch (feel) {
          case INTERPRETED -> builder.buildConfiguration();
          case COMPILED -> builder.buildConfigurationUsingCustomCompiler(
              configuration -> {
                ((DMNCompilerConfigurationImpl) configuration)
                    .addFEELProfile(new DoCompileFEELProfile());
                return new DMNCompilerImpl(configuration);
              });
        };
    DMNRuntime runtime =
        configured
            .fromClasspathResource(MODEL_RESOURCE, DmnDibaoPeer.class)
            .getOrElseThrow(e -> new IllegalStateException("cannot compile the DMN model", e));
    DMNModel model = runtime.getModel(NAMESPACE, MODEL_NAME);
    if (model == null) {
      throw new IllegalStateException("the DMN model " + MODEL_NAME + " was not found");
    }
    if (model.hasErrors()) {
      throw new IllegalStateException("the DMN model has errors: " + model.getMessages());
    }
    return new DmnDibaoPeer(runtime, model);
  }

  /** A fresh context to be reused for many households on one thread. */
  public DMNContext newContext() {
    return runtime.newContext();
  }

  /**
   * Evaluates one household: sets the four inputs in {@code context} (overwriting the
   * previous household's) and evaluates all decisions.
   *
   * @throws IllegalStateException if evaluation reports an error or a decision has no value
   */
  public DibaoDecision decide(
      DMNContext context,
      long netIncomeFen,
      int members,
      long povertyLineFen,
      long dibaoStandardFen) {
    context.set("netIncome", BigDecimal.valueOf(netIncomeFen));
    context.set("members", BigDecimal.valueOf(members));
    context.set("povertyLine", BigDecimal.valueOf(povertyLineFen));
    context.set("dibaoStandard", BigDecimal.valueOf(dibaoStandardFen));
    DMNResult result = runtime.evaluateAll(model, context);
    if (result.hasErrors()) {
      throw new IllegalStateException("DMN evaluation failed: " + result.getMessages());
    }
    String category = (String) value(result, "category");
    return new DibaoDecision(
        (Boolean) value(result, "poor"),
        category.equals("NONE") ? Optional.empty() : Optional.of(PovertyCategory.valueOf(category)),
        (Boolean) value(result, "dibaoEligible"),
        ((BigDecimal) value(result, "monthlyTopUp")).longValueExact());
  }

  private static Object value(DMNResult result, String decision) {
    DMNDecisionResult decisionResult = result.getDecisionResultByName(decision);
    if (decisionResult == null || decisionResult.getResult() == null) {
      throw new IllegalStateException("the DMN decision " + decision + " has no value");
    }
    return decisionResult.getResult();
  }
}
