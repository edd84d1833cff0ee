package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.NoSignalling;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellFunctional;

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
 *
 * <p>Before any LP, V is compared with the range of F over all normalised behaviours, [Σ_blocks min_o f + c,
 * Σ_blocks max_o f + c] (each input block is a probability vector, so it adds between its smallest and its
 * largest coefficient), in exact arithmetic: a value outside it is infeasible with that one-line proof, and
 * the LP (whose right-hand side would be far out of scale) is not solved.
 */
public final class FunctionalAnalysis {
    /** Row of the functional in the constraint set (row 0 is the normalisation). */
    private static final int FUNCTIONAL_ROW = 1;

    private final BellFunctional functional;
    private final double value;
    private final CausalModel model;
    private final boolean noSignalling;
    private final StrategySpace space;
    private final List<NoSignalling.Condition> conditions;
    private final Problem problem;

    /**
     * The analysis of one functional value under one structure.
     *
     * @param problem        what was solved
     * @param functional     F
     * @param value          V
     * @param model          the causal structure
     * @param noSignalling   whether no-signalling was demanded
     * @param conditions     the no-signalling conditions imposed as rows (empty without no-signalling, and for LHV where
     *                       every model is non-signalling)
     * @param status         OPTIMAL, INFEASIBLE (no model reaches V) or FAILED
     * @param result         the LP answer (without a solution when V is outside the range of F)
     * @param message        one line for the user
     * @param slope          s·ŷ_F: the slope of the certified line measure ≥ slope·F(p) + intercept (zero without a
     *                       certificate); ŷ_F is the multiplier of the functional row, imposed scaled by s =
     *                       {@link FunctionalConstraints#integerScale}
     * @param intercept      ŷ_0 − slope·c, c the functional's constant
     * @param reachableBound for an infeasible value, the bound that proves it: every admissible behaviour has F ≤ bound
     *                       ({@link #aboveReach()}) or F ≥ bound; null otherwise
     * @param aboveReach     whether V lies above what F can reach (else below); meaningful with a reachable bound
     */
    public record Outcome(Problem problem, BellFunctional functional, double value, CausalModel model, boolean noSignalling,
            List<NoSignalling.Condition> conditions, Status status, RelaxationResult result, String message, BigFraction slope, BigFraction intercept,
            BigFraction reachableBound, boolean aboveReach) {
    }

    /**
     * The problem F = {@code value} under {@code model}.
     *
     * @throws IllegalArgumentException if the value or the functional's constant is not finite, or F is not bipartite
     */
    public FunctionalAnalysis(BellFunctional f, double value, CausalModel model, boolean noSignalling) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value of " + f.name() + " must be a finite number, got " + value);
        }
        if (!Double.isFinite(f.constant())) {
            throw new IllegalArgumentException("the constant of " + f.name() + " must be a finite number, got " + f.constant());
        }
        for (int j = 0; j < f.coefficients().length; j++) {
            if (!Double.isFinite(f.coefficients()[j])) {
                throw new IllegalArgumentException("the coefficient of " + f.scenario().entryName(j) + " in " + f.name() + " must be a finite number, got "
                        + f.coefficients()[j]);
            }
        }
        if (f.scenario().parties() != 2) {
            throw new IllegalArgumentException("the " + model.key() + " model needs two parties, " + f.name() + " has " + f.scenario().parties()
                    + " (relax md takes any number of parties)");
        }
        this.functional = f;
        this.value = value;
        this.model = model;
        this.noSignalling = noSignalling;
        this.space = model.strategies(f.scenario());
        this.conditions = noSignalling ? imposedConditions(space) : List.of();
        this.problem = new Problem(f.name(), f.scenario(), Measure.of(model), space.count(), InfluenceAnalysis.measureRows(space),
                space.measureScale(), constraints(f, value, noSignalling, conditions, model.key()));
    }

    /** What is solved: strategy count, measure, constraints. */
    public Problem problem() {
        return problem;
    }

    /**
     * The constraints in words: normalisation, F = V, and the no-signalling conditions (or why none are needed);
     * shared with {@link MeasurementDependenceAnalysis}.
     */
    static List<String> constraints(BellFunctional f, double value, boolean noSignalling, List<NoSignalling.Condition> conditions, String structure) {
        List<String> c = new ArrayList<>();
        c.add("normalisation");
        c.add(f.name() + " = " + Numbers.format(value));
        if (noSignalling) {
            c.add(conditions.isEmpty() ? "no-signalling (automatic: every " + structure + " model is non-signalling)"
                    : "no-signalling: " + FunctionalConstraints.summary(f.scenario(), conditions));
        }
        return c;
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
        return new FunctionalAnalysis(f, value, model, noSignalling).run(options);
    }

    /** Solves the problem. */
    public Outcome run(SolveOptions options) {
        String behaviour = "normalised" + (noSignalling ? ", non-signalling" : "") + " and has " + functional.name() + " = " + Numbers.format(value);
        Range range = Range.of(functional);
        if (!range.contains(value)) {
            boolean above = !range.below(value);
            BigFraction bound = above ? range.max() : range.min();
            RelaxationResult none = new RelaxationResult(Status.INFEASIBLE, Double.NaN, List.of(), null, Double.NaN, "",
                    Diagnostics.none(options.method()));
            return new Outcome(problem, functional, value, model, noSignalling, conditions, Status.INFEASIBLE, none,
                    "no behaviour at all is normalised and has " + functional.name() + " = " + Numbers.format(value) + ": every normalised behaviour has "
                            + functional.name() + (above ? " <= " : " >= ") + Numbers.format(bound.doubleValue()),
                    BigFraction.ZERO, BigFraction.ZERO, bound, above);
        }
        RelaxationResult r = new Relaxation(space, FunctionalConstraints.of(functional, value, conditions)).solve(options);
        String message = switch (r.status()) {
            case OPTIMAL -> model == CausalModel.LHV ? "a local model has " + functional.name() + " = " + Numbers.format(value)
                    : "min " + model.measure() + " = " + Numbers.format(r.value()) + " over " + model.key() + " models whose behaviour is " + behaviour;
            case INFEASIBLE -> "no " + model.key() + " model has a behaviour that is " + behaviour;
            case FAILED -> "could not establish the answer: " + r.reason();
        };
        Certificate c = r.certificate();
        BigFraction slope = c == null ? BigFraction.ZERO : c.rowWeights()[FUNCTIONAL_ROW].multiply(FunctionalConstraints.integerScale(functional));
        BigFraction intercept = c == null ? BigFraction.ZERO : c.rowWeights()[0].subtract(slope.multiply(new BigFraction(functional.constant())));
        BigFraction reachable = r.status() != Status.INFEASIBLE || slope.getNumerator().signum() == 0 ? null : intercept.negate().divide(slope);
        return new Outcome(problem, functional, value, model, noSignalling, List.copyOf(conditions), r.status(), r, message, slope, intercept,
                reachable, slope.getNumerator().signum() > 0);
    }

    /**
     * The exact range [min, max] of F over every normalised behaviour: each input block is a probability vector, so it
     * contributes between its smallest and largest coefficient; plus the constant.
     */
    record Range(BigFraction min, BigFraction max) {
        static Range of(BellFunctional f) {
            Scenario s = f.scenario();
            int per = s.outcomesPerBlock();
            BigFraction lo = exact(f.constant());
            BigFraction hi = lo;
            double[] c = f.coefficients();
            for (int block = 0; block < s.inputBlocks(); block++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int o = 0; o < per; o++) {
                    min = Math.min(min, c[block * per + o]);
                    max = Math.max(max, c[block * per + o]);
                }
                lo = lo.add(exact(min));
                hi = hi.add(exact(max));
            }
            return new Range(lo, hi);
        }

        private static BigFraction exact(double v) {
            return v == 0 ? BigFraction.ZERO : new BigFraction(v);
        }

        /** Whether v (exactly as the double it is) lies strictly below the range. */
        boolean below(double v) {
            return exact(v).compareTo(min) < 0;
        }

        boolean contains(double v) {
            BigFraction x = exact(v);
            return x.compareTo(min) >= 0 && x.compareTo(max) <= 0;
        }
    }
}
