package relax.scenarios.analysis;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import relax.scenarios.functional.BellFunctional;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.locality.CausalModel;
import relax.core.NoSignalling;
import relax.core.Numbers;
import relax.core.strategy.Pricing;
import relax.core.Scenario;
import relax.core.strategy.StrategySpace;
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
     * @param value        V
     * @param model        the causal structure
     * @param noSignalling whether no-signalling was demanded
     * @param conditions   the no-signalling conditions imposed as rows (empty without no-signalling, and for LHV where
     *                     every model is non-signalling)
     * @param status       OPTIMAL, INFEASIBLE (no model reaches V) or FAILED
     * @param result       the LP answer
     * @param message      one line for the user
     */
    public record Outcome(BellFunctional functional, double value, CausalModel model, boolean noSignalling, List<NoSignalling.Condition> conditions,
            Status status, RelaxationResult result, String message) {

        /**
         * s·ŷ_F: the slope of the certified line measure ≥ slope·F(p) + intercept (zero without a certificate);
         * ŷ_F is the multiplier of the functional row, which is imposed scaled by s =
         * {@link FunctionalConstraints#integerScale}.
         */
        public BigFraction slope() {
            Certificate c = result.certificate();
            return c == null ? BigFraction.ZERO : c.rowWeights()[FUNCTIONAL_ROW].multiply(FunctionalConstraints.integerScale(functional));
        }

        /** ŷ_0 − ŷ_F·c: the intercept of the certified line, c the functional's constant. */
        public BigFraction intercept() {
            Certificate c = result.certificate();
            return c == null ? BigFraction.ZERO : c.rowWeights()[0].subtract(slope().multiply(new BigFraction(functional.constant())));
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

    /** Minimises the measure of {@code model} over models whose behaviour gives F = V (see the class comment). */
    public static Outcome run(BellFunctional f, double value, CausalModel model, boolean noSignalling, SolveOptions options) {
        StrategySpace space = model.strategies(f.scenario());
        List<NoSignalling.Condition> conditions = noSignalling ? imposedConditions(space) : List.of();
        RelaxationResult r = new Relaxation(space, FunctionalConstraints.of(f, value, conditions)).solve(options);
        String behaviour = "normalised" + (noSignalling ? ", non-signalling" : "") + " and has " + f.name() + " = " + Numbers.format(value);
        String message = switch (r.status()) {
            case OPTIMAL -> model == CausalModel.LHV ? "a local model has " + f.name() + " = " + Numbers.format(value)
                    : "min " + model.measure() + " = " + Numbers.format(r.value()) + " over " + model.key() + " models whose behaviour is " + behaviour;
            case INFEASIBLE -> "no " + model.key() + " model has a behaviour that is " + behaviour;
            case FAILED -> "could not establish the answer: " + r.reason();
        };
        return new Outcome(f, value, model, noSignalling, List.copyOf(conditions), r.status(), r, message);
    }
}
