package vn.thiduakhenthuong.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;
import camundajar.impl.scala.jdk.CollectionConverters;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;

/**
 * The FEEL engine of Camunda 7.24 (feel-scala 1.19) builds its table of some hundred built-in
 * functions anew for every expression it evaluates, and parses the expression every time: a
 * decision table of 8 rules with 5 inputs builds it 40 times. In the benchmark this was a fifth of
 * the app's CPU time (README, "Performance"). This engine keeps one table of built-in functions and
 * the parsed expressions, and evaluates exactly as feel-scala does; whatever does not evaluate
 * cleanly (an error, a failure collected on the way) is evaluated again by feel-scala itself, so
 * error messages and edge cases stay feel-scala's own.
 */
@Component
public class ReusedFeelFunctionsPlugin extends AbstractProcessEnginePlugin {

  /** Parsed expressions kept per engine; the tables of one deployment have some hundred cells. */
  static final int MAX_PARSED = 10_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return; // the legacy FEEL engine is another engine altogether
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (dmn.getFeelEngineFactory() == null) {
      // the custom function providers are set on the DMN configuration after this plugin's turn
      dmn.setFeelEngineFactory(new Factory(dmn));
    }
    configuration.setDmnEngineConfiguration(dmn);
  }

  record Factory(DefaultDmnEngineConfiguration dmn) implements FeelEngineFactory {
    @Override
    public FeelEngine createInstance() {
      List<FeelCustomFunctionProvider> providers = dmn.getFeelCustomFunctionProviders();
      return new ScalaFeelEngine(providers == null ? List.of() : providers) {
        @Override
        protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer transformer,
            ValueMapper.CompositeValueMapper valueMapper) {
          return new Reusing(transformer, valueMapper);
        }
      };
    }
  }

  /** feel-scala's engine with its root context's functions built once and parsed expressions kept. */
  static final class Reusing extends org.camunda.feel.FeelEngine {

    private final FunctionProvider functions;
    private final FeelInterpreter interpreter;
    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    Reusing(FunctionProvider custom, ValueMapper valueMapper) {
      // as ScalaFeelEngine builds it: its functions, its value mapper, no external functions
      super(custom, valueMapper, new Configuration(false), org.camunda.feel.FeelEngine.defaultClock());
      this.functions = new FunctionProvider.CompositeFunctionProvider(CollectionConverters
          .ListHasAsScala(List.<FunctionProvider>of(new BuiltinFunctions(clock(), valueMapper), custom))
          .asScala().toList());
      this.interpreter = new FeelInterpreter(valueMapper);
    }

    @Override
    public Either<Failure, Object> evalExpression(String expression, Context context) {
      Either<Failure, ParsedExpression> parsed = parsed(expressions, expression, true);
      Object value = parsed.isRight() ? evaluated(parsed.toOption().get(), context) : null;
      return value == null ? super.evalExpression(expression, context) : new Right<>(unwrapNull(value));
    }

    @Override
    public Either<Failure, Object> evalUnaryTests(String expression, Context context) {
      Either<Failure, ParsedExpression> parsed = parsed(unaryTests, expression, false);
      Object value = parsed.isRight() ? evaluated(parsed.toOption().get(), context) : null;
      return value instanceof Boolean ? new Right<>(value) : super.evalUnaryTests(expression, context);
    }

    private Either<Failure, ParsedExpression> parsed(Map<String, Either<Failure, ParsedExpression>> cache,
        String text, boolean expression) {
      Either<Failure, ParsedExpression> parsed = cache.get(text);
      if (parsed == null) {
        parsed = expression ? parseExpression(text) : parseUnaryTests(text);
        if (parsed.isRight() && cache.size() < MAX_PARSED) {
          cache.put(text, parsed);
        }
      }
      return parsed;
    }

    /** The value as feel-scala's own evaluation gives it, or {@code null} to let feel-scala do it. */
    private Object evaluated(ParsedExpression parsed, Context context) {
      EvalContext root = EvalContext.create(valueMapper(), functions).merge(context);
      Val value = interpreter.eval(parsed.expression(), root);
      if (value instanceof ValError || value instanceof ValFatalError || !root.failureCollector().failures().isEmpty()) {
        return null;
      }
      Object unpacked = valueMapper().unpackVal(value);
      return unpacked == null ? NULL : unpacked;
    }

    private static final Object NULL = new Object();

    private static Object unwrapNull(Object value) {
      return value == NULL ? null : value;
    }
  }
}
