package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.NearestDouble;
import relax.core.NoSignalling;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
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
 * <p>V and F are exact (a value or coefficient the user wrote as a decimal is that rational). Before any LP, V is compared
 * with the range of F over all normalised behaviours, [Σ_blocks min_o f + c,
 * Σ_blocks max_o f + c] (each input block is a probability vector, so it adds between its smallest and its
 * largest coefficient), in exact arithmetic: a value outside it is infeasible with that one-line proof, and
 * the LP (whose right-hand side would be far out of scale) is not solved.
 */
public final class FunctionalAnalysis {
    /** Row of the functional in the constraint set (row 0 is the normalisation). */
    private static final int FUNCTIONAL_ROW = 1;

    private final BellFunctional functional;
    private final BigFraction exactValue;
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
     * @param value          V (the nearest double)
     * @param exactValue     V exactly, as given
     * @param model          the causal structure
     * @param noSignalling   whether no-signalling was demanded
     * @param conditions     the no-signalling conditions imposed as rows (empty without no-signalling, and for LHV where
     *                       every model is non-signalling)
     * @param constraints    every row imposed (normalisation, the functional row, the conditions), exactly
     * @param status         OPTIMAL, INFEASIBLE (no model reaches V) or FAILED
     * @param result         the LP answer (without a solution when V is outside the range of F)
     * @param message        one line for the user
     * @param slope          s·ŷ_F: the slope of the certified line measure ≥ slope·F(p) + intercept (zero without a
     *                       certificate); ŷ_F is the multiplier of the functional row, imposed multiplied by s (its
     *                       {@code scale()})
     * @param intercept      ŷ_0 − slope·c, c the functional's exact constant
     * @param reachableBound for an infeasible value, the bound that proves it: every admissible behaviour has F ≤ bound
     *                       ({@link #aboveReach()}) or F ≥ bound; null otherwise
     * @param aboveReach     whether V lies above what F can reach (else below); meaningful with a reachable bound
     */
    public record Outcome(Problem problem, BellFunctional functional, double value, BigFraction exactValue, CausalModel model, boolean noSignalling,
            List<NoSignalling.Condition> conditions, BehaviourConstraints constraints, Status status, RelaxationResult result, String message,
            BigFraction slope, BigFraction intercept, BigFraction reachableBound, boolean aboveReach) {
    }

    /**
     * The problem F = {@code value} under {@code model}, V exactly as given (a decimal the user wrote is an exact rational).
     *
     * @throws IllegalArgumentException if F is not bipartite
     */
    public FunctionalAnalysis(BellFunctional f, BigFraction value, CausalModel model, boolean noSignalling) {
        if (f.scenario().parties() != 2) {
            throw new IllegalArgumentException("the " + model.key() + " model needs two parties, " + f.name() + " has " + f.scenario().parties()
                    + " (relax md takes any number of parties)");
        }
        this.functional = f;
        this.exactValue = value;
        this.value = NearestDouble.of(value);
        this.model = model;
        this.noSignalling = noSignalling;
        this.space = model.strategies(f.scenario());
        this.conditions = noSignalling ? imposedConditions(space) : List.of();
        this.problem = new Problem(f.name(), f.scenario(), Measure.of(model), space.count(), InfluenceAnalysis.measureRows(space),
                space.measureScale(), constraints(f, this.value, noSignalling, conditions, model.key()));
    }

    /**
     * The problem at the exact value of a double (e.g. a sweep's).
     *
     * @throws IllegalArgumentException if the value is not finite
     */
    public FunctionalAnalysis(BellFunctional f, double value, CausalModel model, boolean noSignalling) {
        this(f, FunctionalConstraints.exact(value), model, noSignalling);
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

    /** {@link #run(BellFunctional, BigFraction, CausalModel, boolean, SolveOptions)} at the exact value of a double (e.g. a sweep's). */
    public static Outcome run(BellFunctional f, double value, CausalModel model, boolean noSignalling, SolveOptions options) {
        return new FunctionalAnalysis(f, value, model, noSignalling).run(options);
    }

    /** Minimises the measure of {@code model} over models whose behaviour gives F = V exactly (see the class comment). */
    public static Outcome run(BellFunctional f, BigFraction value, CausalModel model, boolean noSignalling, SolveOptions options) {
        return new FunctionalAnalysis(f, value, model, noSignalling).run(options);
    }

    /** Solves the problem. */
    public Outcome run(SolveOptions options) {
        String behaviour = "normalised" + (noSignalling ? ", non-signalling" : "") + " and has " + functional.name() + " = " + Numbers.format(value);
        BehaviourConstraints constraints = FunctionalConstraints.of(functional, exactValue, conditions);
        Range range = Range.of(functional);
        if (!range.contains(exactValue)) {
            boolean above = !range.below(exactValue);
            BigFraction bound = above ? range.max() : range.min();
            RelaxationResult none = new RelaxationResult(Status.INFEASIBLE, Double.NaN, List.of(), null, Double.NaN, "",
                    Diagnostics.none(options.method()));
            return new Outcome(problem, functional, value, exactValue, model, noSignalling, conditions, constraints, Status.INFEASIBLE, none,
                    "no behaviour at all is normalised and has " + functional.name() + " = " + Numbers.format(value) + ": every normalised behaviour has "
                            + functional.name() + (above ? " <= " : " >= ") + Numbers.format(bound.doubleValue()),
                    BigFraction.ZERO, BigFraction.ZERO, bound, above);
        }
        RelaxationResult r = new Relaxation(space, constraints).solve(options);
        String message = switch (r.status()) {
            case OPTIMAL -> model == CausalModel.LHV ? "a local model has " + functional.name() + " = " + Numbers.format(value)
                    : "min " + model.measure() + " = " + Numbers.format(r.value()) + " over " + model.key() + " models whose behaviour is " + behaviour;
            case INFEASIBLE -> "no " + model.key() + " model has a behaviour that is " + behaviour;
            case FAILED -> "could not establish the answer: " + r.reason();
        };
        Certificate c = r.certificate();
        BigFraction slope = c == null ? BigFraction.ZERO : c.rowWeights()[FUNCTIONAL_ROW].multiply(constraints.row(FUNCTIONAL_ROW).scale());
        BigFraction intercept = c == null ? BigFraction.ZERO : c.rowWeights()[0].subtract(slope.multiply(functional.exactConstant()));
        BigFraction reachable = r.status() != Status.INFEASIBLE || slope.getNumerator().signum() == 0 ? null : intercept.negate().divide(slope);
        return new Outcome(problem, functional, value, exactValue, model, noSignalling, List.copyOf(conditions), constraints, r.status(), r, message, slope, intercept,
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
            BigFraction lo = f.exactConstant();
            BigFraction hi = lo;
            BigFraction[] c = f.exactCoefficients();
            for (int block = 0; block < s.inputBlocks(); block++) {
                BigFraction min = c[block * per];
                BigFraction max = min;
                for (int o = 1; o < per; o++) {
                    min = c[block * per + o].compareTo(min) < 0 ? c[block * per + o] : min;
                    max = c[block * per + o].compareTo(max) > 0 ? c[block * per + o] : max;
                }
                lo = lo.add(min);
                hi = hi.add(max);
            }
            return new Range(lo, hi);
        }

        /** Whether v lies strictly below the range. */
        boolean below(BigFraction v) {
            return v.compareTo(min) < 0;
        }

        boolean contains(BigFraction v) {
            return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
        }
    }
}
