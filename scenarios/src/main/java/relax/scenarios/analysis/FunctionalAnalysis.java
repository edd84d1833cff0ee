package relax.scenarios.analysis;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import relax.scenarios.functional.BellFunctional;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.locality.CausalModel;
import relax.core.NoSignalling;
import relax.core.NearestDouble;
import relax.core.Numbers;
import relax.core.strategy.Pricing;
import relax.core.Scenario;
import relax.core.strategy.StrategySpace;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * The minimum relaxation of locality when only the value of a Bell functional is known — the "red curve"
 * problem of Chaves et al. (2015), Fig. 2 (Corollary 8 with V a functional):
 * <pre>
 *   minimise   measure(q)
 *   subject to F(T q) = V,   T q normalised,   T q non-signalling (optional),   q ≥ 0.
 * </pre>
 * The no-signalling rows imposed are those of {@link NoSignalling} that are not already zero on every
 * deterministic strategy of the structure: for LHV none (every local strategy is non-signalling), for
 * X→B, A→B and communication Bob's marginal p_B(b|x,y) = p_B(b|0,y) (Alice's marginal never depends on y
 * in these structures, so its rows would be empty).
 *
 * <p>The optimal dual multipliers give a supporting line of the curve V ↦ min measure, exact in rational
 * arithmetic: every model of the structure whose behaviour is normalised (and non-signalling) obeys
 * {@code measure ≥ slope·F(p) + intercept}, with equality at the optimum ({@link Outcome#slope()},
 * {@link Outcome#intercept()}). When no model reaches the value, the Farkas certificate is a bound on F
 * itself ({@link Outcome#reachableBound()}).
 */
public final class FunctionalAnalysis {
    /** Row of the functional in the constraint set (row 0 is the normalisation). */
    private static final int FUNCTIONAL_ROW = 1;

    private FunctionalAnalysis() {
    }

    /**
     * The analysis of one functional value under one structure.
     *
     * @param functional   F
     * @param value        V (the nearest double)
     * @param exactValue   V exactly, as given
     * @param model        the causal structure
     * @param noSignalling whether no-signalling was demanded
     * @param conditions   the no-signalling conditions imposed as rows (empty without no-signalling, and for LHV where
     *                     every model is non-signalling)
     * @param constraints  every row imposed (normalisation, the functional row, the conditions)
     * @param status       OPTIMAL, INFEASIBLE (no model reaches V) or FAILED
     * @param result       the LP answer
     * @param message      one line for the user
     */
    public record Outcome(BellFunctional functional, double value, BigFraction exactValue, CausalModel model, boolean noSignalling,
            List<NoSignalling.Condition> conditions, BehaviourConstraints constraints, Status status, RelaxationResult result, String message) {

        /**
         * s·ŷ_F: the slope of the certified line measure ≥ slope·F(p) + intercept (zero without a certificate);
         * ŷ_F is the multiplier of the functional row, which is imposed multiplied by s (its {@code scale()}).
         */
        public BigFraction slope() {
            Certificate c = result.certificate();
            return c == null ? BigFraction.ZERO : c.rowWeights()[FUNCTIONAL_ROW].multiply(constraints.row(FUNCTIONAL_ROW).scale());
        }

        /** ŷ_0 − ŷ_F·c: the intercept of the certified line, c the functional's constant. */
        public BigFraction intercept() {
            Certificate c = result.certificate();
            return c == null ? BigFraction.ZERO : c.rowWeights()[0].subtract(slope().multiply(functional.exactConstant()));
        }

        /**
         * For an infeasible value: the bound the Farkas certificate proves, every model's (non-signalling)
         * behaviour has F ≤ bound (slope &gt; 0) or F ≥ bound (slope &lt; 0); null otherwise.
         */
        public BigFraction reachableBound() {
            if (status != Status.INFEASIBLE || slope().getNumerator().signum() == 0) {
                return null;
            }
            return intercept().negate().divide(slope());
        }
    }

    /** The no-signalling conditions of the scenario that some strategy of {@code space} violates. */
    public static List<NoSignalling.Condition> imposedConditions(StrategySpace space) {
        Scenario s = space.scenario();
        Pricing pricing = new Pricing(1, space.digits().length());
        double[] w = new double[space.measureRows()];
        List<NoSignalling.Condition> kept = new ArrayList<>();
        for (NoSignalling.Condition c : FunctionalConstraints.noSignalling(s)) {
            space.price(c.coefficients(), w, pricing);
            double max = pricing.max();
            double[] negated = c.coefficients().clone();
            for (int i = 0; i < negated.length; i++) {
                negated[i] = -negated[i];
            }
            space.price(negated, w, pricing);
            if (max != 0 || pricing.max() != 0) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** {@link #run(BellFunctional, BigFraction, CausalModel, boolean, SolveOptions)} at the exact value of a double (e.g. a sweep's). */
    public static Outcome run(BellFunctional f, double value, CausalModel model, boolean noSignalling, SolveOptions options) {
        return run(f, FunctionalConstraints.exact(value), model, noSignalling, options);
    }

    /** Minimises the measure of {@code model} over models whose behaviour gives F = V exactly (see the class comment). */
    public static Outcome run(BellFunctional f, BigFraction exactValue, CausalModel model, boolean noSignalling, SolveOptions options) {
        double value = NearestDouble.of(exactValue);
        StrategySpace space = model.strategies(f.scenario());
        List<NoSignalling.Condition> conditions = noSignalling ? imposedConditions(space) : List.of();
        BehaviourConstraints constraints = FunctionalConstraints.of(f, exactValue, conditions);
        RelaxationResult r = new Relaxation(space, constraints).solve(options);
        String behaviour = "normalised" + (noSignalling ? ", non-signalling" : "") + " and has " + f.name() + " = " + Numbers.format(value);
        String message = switch (r.status()) {
            case OPTIMAL -> model == CausalModel.LHV ? "a local model has " + f.name() + " = " + Numbers.format(value)
                    : "min " + model.measure() + " = " + Numbers.format(r.value()) + " over " + model.key() + " models whose behaviour is " + behaviour;
            case INFEASIBLE -> "no " + model.key() + " model has a behaviour that is " + behaviour;
            case FAILED -> "could not establish the answer: " + r.reason();
        };
        return new Outcome(f, value, exactValue, model, noSignalling, List.copyOf(conditions), constraints, r.status(), r, message);
    }
}
