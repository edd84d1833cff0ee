package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import relax.core.Behaviour;
import relax.core.NoSignalling;
import relax.core.NearestDouble;
import relax.core.Numbers;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.locality.LhvStrategies;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.dependence.MutualInformation;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.scenarios.functional.BellFunctional;

/**
 * The minimum measurement dependence (Chaves et al. 2015, Fig. 1e, eqs. 5, 41–42) needed to reproduce a whole
 * behaviour or a prescribed Bell value, with the mutual information I(X:Λ) it implies:
 * <ul>
 *   <li>by default {@code miLower} is the Pinsker-type bound of the certified minimum of the measure
 *       ({@link MutualInformation#pinsker}) and {@code miUpper} the mutual information of the LP's optimal
 *       model — the vertex the backend returned, which is one of possibly many optimal models;</li>
 *   <li>with {@code minimumMi} (whole behaviours only) they bracket the true minimum of I(X:Λ) over every
 *       model reproducing p ({@link MutualInformation#minimum}), to the requested gap.</li>
 * </ul>
 * In functional mode a value outside the range of F over normalised behaviours is infeasible before any LP (as in
 * {@link FunctionalAnalysis}).
 */
public final class MeasurementDependenceAnalysis {
    private final Behaviour behaviour;
    private final BellFunctional functional;
    private final BigFraction exactValue;
    private final double functionalValue;
    private final boolean noSignalling;
    private final List<NoSignalling.Condition> conditions;
    private final MeasurementDependenceMeasure measure;
    private final InputDistribution inputs;
    private final LhvStrategies space;
    private final MeasurementDependence formulation;
    private final Problem problem;

    /**
     * One analysis.
     *
     * @param problem      what was solved
     * @param behaviour    the behaviour reproduced (null in functional mode)
     * @param functional   the prescribed functional (null for a whole behaviour)
     * @param functionalValue functional mode: V (the nearest double; NaN otherwise)
     * @param exactValue   functional mode: V exactly (null otherwise)
     * @param noSignalling functional mode: whether no-signalling was imposed
     * @param conditions   functional mode: the no-signalling conditions imposed (empty otherwise)
     * @param result       the LP answer
     * @param miLower      lower bound on I(X:Λ) in bits (NaN unless OPTIMAL)
     * @param miUpper      upper bound on I(X:Λ) in bits (NaN unless OPTIMAL)
     * @param bracket      the minimum-MI computation, when asked for (else null)
     * @param message      one line for the user
     */
    public record Outcome(Problem problem, Behaviour behaviour, BellFunctional functional, double functionalValue, BigFraction exactValue, boolean noSignalling,
            List<NoSignalling.Condition> conditions, InputDistribution inputs, MeasurementDependenceResult result, double miLower, double miUpper,
            MutualInformation.Bracket bracket, String message) {

        public Status status() {
            return result.status();
        }

        public MeasurementDependenceMeasure measure() {
            return result.measure();
        }
    }

    private MeasurementDependenceAnalysis(Behaviour p, BellFunctional f, BigFraction value, boolean noSignalling, MeasurementDependenceMeasure measure,
            InputDistribution inputs) {
        this.behaviour = p;
        this.functional = f;
        this.exactValue = value;
        this.functionalValue = value == null ? Double.NaN : NearestDouble.of(value);
        this.noSignalling = noSignalling;
        this.measure = measure;
        this.inputs = inputs;
        this.space = new LhvStrategies(p != null ? p.scenario() : f.scenario());
        this.conditions = f != null && noSignalling ? FunctionalConstraints.noSignalling(f.scenario()) : List.of();
        BehaviourConstraints constraints = p != null ? BehaviourConstraints.reproducing(p) : FunctionalConstraints.of(f, value, conditions);
        this.formulation = new MeasurementDependence(space, constraints, inputs, measure);
        List<String> imposed = new ArrayList<>();
        if (p != null) {
            imposed.add("reproduce p: T q = p, all " + p.scenario().size() + " entries");
        } else {
            imposed.addAll(FunctionalAnalysis.constraints(f, functionalValue, noSignalling, conditions, "measurement-dependent"));
        }
        imposed.add("p(x) = " + (inputs.isUniform() ? "uniform" : inputs.toString()));
        this.problem = new Problem(p != null ? p.name() : f.name(), space.scenario(), Measure.of(measure), space.count(), List.of(), 1, imposed);
    }

    /**
     * The problem of reproducing the whole behaviour {@code p}.
     *
     * @throws IllegalArgumentException if the scenario is beyond the formulation's limits (one line, e.g. M_Hall's number of input tuples)
     */
    public static MeasurementDependenceAnalysis of(Behaviour p, MeasurementDependenceMeasure measure, InputDistribution inputs) {
        return new MeasurementDependenceAnalysis(p, null, null, false, measure, inputs);
    }

    /**
     * The problem F = {@code value} exactly (with no-signalling if asked).
     *
     * @throws IllegalArgumentException if the scenario is beyond the formulation's limits
     */
    public static MeasurementDependenceAnalysis of(BellFunctional f, BigFraction value, boolean noSignalling, MeasurementDependenceMeasure measure,
            InputDistribution inputs) {
        return new MeasurementDependenceAnalysis(null, f, value, noSignalling, measure, inputs);
    }

    /** What is solved: strategy count, measure, constraints. */
    public Problem problem() {
        return problem;
    }

    /** The minimum of {@code measure} over models reproducing the whole behaviour {@code p}. */
    public static Outcome behaviour(Behaviour p, MeasurementDependenceMeasure measure, InputDistribution inputs, SolveOptions options,
            boolean minimumMi, double gapBits, int maxIterations, MutualInformation.Progress progress) {
        return of(p, measure, inputs).run(options, minimumMi, gapBits, maxIterations, progress);
    }

    /** {@link #functional(BellFunctional, BigFraction, boolean, MeasurementDependenceMeasure, InputDistribution, SolveOptions)} at a double's exact value. */
    public static Outcome functional(BellFunctional f, double value, boolean noSignalling, MeasurementDependenceMeasure measure, InputDistribution inputs,
            SolveOptions options) {
        return functional(f, FunctionalConstraints.exact(value), noSignalling, measure, inputs, options);
    }

    /** The minimum of {@code measure} over models whose behaviour gives F = value exactly (and no-signalling if asked). */
    public static Outcome functional(BellFunctional f, BigFraction value, boolean noSignalling, MeasurementDependenceMeasure measure,
            InputDistribution inputs, SolveOptions options) {
        return of(f, value, noSignalling, measure, inputs).run(options, false, 0, 0, null);
    }

    /**
     * Solves the problem.
     *
     * @param minimumMi     whole behaviours only: also bracket the minimum of I(X:Λ) over every model reproducing p
     * @param gapBits       the width at which that bracket stops
     * @param maxIterations its iteration budget
     * @param progress      receives its iterations (may be null)
     */
    public Outcome run(SolveOptions options, boolean minimumMi, double gapBits, int maxIterations, MutualInformation.Progress progress) {
        if (minimumMi && behaviour == null) {
            throw new IllegalArgumentException("the minimum of I(X:Lambda) needs a whole behaviour (the minimum over models reproducing p)");
        }
        if (functional != null) {
            FunctionalAnalysis.Range range = FunctionalAnalysis.Range.of(functional);
            if (!range.contains(exactValue)) {
                boolean above = !range.below(exactValue);
                MeasurementDependenceResult none = new MeasurementDependenceResult(Status.INFEASIBLE, measure, Double.NaN, null, null, Double.NaN, "",
                        Diagnostics.none(options.method()));
                return new Outcome(problem, null, functional, functionalValue, exactValue, noSignalling, conditions, inputs, none, Double.NaN, Double.NaN, null,
                        "no behaviour at all is normalised and has " + functional.name() + " = " + Numbers.format(functionalValue)
                                + ": every normalised behaviour has " + functional.name() + (above ? " <= " : " >= ")
                                + Numbers.format((above ? range.max() : range.min()).doubleValue()));
            }
        }
        MeasurementDependenceResult r = formulation.solve(options);
        MutualInformation.Bracket bracket = minimumMi && r.status() == Status.OPTIMAL
                ? MutualInformation.minimum(space, behaviour, inputs, gapBits, maxIterations, progress) : null;
        String what = functional == null ? "p" : functional.name() + " = " + Numbers.format(functionalValue);
        return switch (r.status()) {
            case OPTIMAL -> {
                double lower = MutualInformation.pinsker(r.measure(), Math.max(0, r.certificate().boundValue()), inputs);
                double upper = r.model().mutualInformation();
                if (bracket != null) {
                    lower = Math.max(lower, bracket.lower());
                    upper = Math.min(upper, bracket.upper());
                }
                yield outcome(r, lower, upper, bracket, "min " + r.measure().symbol() + " = " + Numbers.format(r.value()));
            }
            case INFEASIBLE -> outcome(r, Double.NaN, Double.NaN, null,
                    "no behaviour at all satisfies " + what + (functional == null ? "" : " with the other constraints"));
            case FAILED -> outcome(r, Double.NaN, Double.NaN, null, "could not establish the answer: " + r.reason());
        };
    }

    private Outcome outcome(MeasurementDependenceResult r, double lower, double upper, MutualInformation.Bracket bracket, String message) {
        return new Outcome(problem, behaviour, functional, functionalValue, exactValue, noSignalling, conditions, inputs, r, lower, upper, bracket, message);
    }
}
