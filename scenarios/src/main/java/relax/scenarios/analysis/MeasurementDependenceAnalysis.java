package relax.scenarios.analysis;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import relax.scenarios.functional.BellFunctional;

import relax.core.Behaviour;
import relax.core.locality.LhvStrategies;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.NearestDouble;
import relax.core.Numbers;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.dependence.MutualInformation;

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
 */
public final class MeasurementDependenceAnalysis {
    private MeasurementDependenceAnalysis() {
    }

    /**
     * One analysis.
     *
     * @param behaviour  the behaviour reproduced (null in functional mode)
     * @param functional the prescribed functional (null for a whole behaviour)
     * @param result     the LP answer
     * @param miLower    lower bound on I(X:Λ) in bits (NaN unless OPTIMAL)
     * @param miUpper    upper bound on I(X:Λ) in bits (NaN unless OPTIMAL)
     * @param bracket    the minimum-MI computation, when asked for (else null)
     * @param message    one line for the user
     */
    public record Outcome(Behaviour behaviour, BellFunctional functional, double functionalValue, InputDistribution inputs,
            MeasurementDependenceResult result, double miLower, double miUpper, MutualInformation.Bracket bracket, String message,
            long strategies) {

        public Status status() {
            return result.status();
        }

        public MeasurementDependenceMeasure measure() {
            return result.measure();
        }
    }

    /** The minimum of {@code measure} over models reproducing the whole behaviour {@code p}. */
    public static Outcome behaviour(Behaviour p, MeasurementDependenceMeasure measure, InputDistribution inputs, SolveOptions options,
            boolean minimumMi, double gapBits, int maxIterations, MutualInformation.Progress progress) {
        LhvStrategies space = new LhvStrategies(p.scenario());
        MeasurementDependenceResult r = new MeasurementDependence(space, BehaviourConstraints.reproducing(p), inputs, measure).solve(options);
        MutualInformation.Bracket bracket = minimumMi && r.status() == Status.OPTIMAL
                ? MutualInformation.minimum(space, p, inputs, gapBits, maxIterations, progress) : null;
        return outcome(p, null, Double.NaN, inputs, r, bracket, space.size());
    }

    /** {@link #functional(BellFunctional, BigFraction, boolean, MeasurementDependenceMeasure, InputDistribution, SolveOptions)} at a double's exact value. */
    public static Outcome functional(BellFunctional f, double value, boolean noSignalling, MeasurementDependenceMeasure measure, InputDistribution inputs,
            SolveOptions options) {
        return functional(f, FunctionalConstraints.exact(value), noSignalling, measure, inputs, options);
    }

    /** The minimum of {@code measure} over models whose behaviour gives F = value exactly (and no-signalling if asked). */
    public static Outcome functional(BellFunctional f, BigFraction value, boolean noSignalling, MeasurementDependenceMeasure measure,
            InputDistribution inputs, SolveOptions options) {
        LhvStrategies space = new LhvStrategies(f.scenario());
        MeasurementDependenceResult r = new MeasurementDependence(space, FunctionalConstraints.of(f, value, noSignalling), inputs, measure).solve(options);
        return outcome(null, f, NearestDouble.of(value), inputs, r, null, space.size());
    }

    private static Outcome outcome(Behaviour p, BellFunctional f, double value, InputDistribution inputs, MeasurementDependenceResult r,
            MutualInformation.Bracket bracket, long strategies) {
        String what = f == null ? "p" : f.name() + " = " + Numbers.format(value);
        return switch (r.status()) {
            case OPTIMAL -> {
                double lower = MutualInformation.pinsker(r.measure(), Math.max(0, r.certificate().boundValue()), inputs);
                double upper = r.model().mutualInformation();
                if (bracket != null) {
                    lower = Math.max(lower, bracket.lower());
                    upper = Math.min(upper, bracket.upper());
                }
                yield new Outcome(p, f, value, inputs, r, lower, upper, bracket, "min " + r.measure().symbol() + " = " + Numbers.format(r.value()),
                        strategies);
            }
            case INFEASIBLE -> new Outcome(p, f, value, inputs, r, Double.NaN, Double.NaN, null,
                    "no behaviour at all satisfies " + what + (f == null ? "" : " with the other constraints"), strategies);
            case FAILED -> new Outcome(p, f, value, inputs, r, Double.NaN, Double.NaN, null, "could not establish the answer: " + r.reason(), strategies);
        };
    }
}
