package relax.scenarios.reproduce.md;

import relax.lp.engine.SolveOptions;
import java.util.Locale;
import relax.core.Behaviour;
import relax.core.locality.LhvStrategies;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.dependence.MutualInformation;

/** The two computations every reproduction here runs, with uniform inputs and default solver settings. */
final class Runs {
    /** Gap of the minimum-MI brackets in the reports, bits. */
    static final double GAP = 1e-5;

    private Runs() {
    }

    /** Minimum of {@code measure} for the whole behaviour; throws if the answer is not verified. */
    static MeasurementDependenceResult minimum(Behaviour p, MeasurementDependenceMeasure measure) {
        MeasurementDependenceResult r = new MeasurementDependence(new LhvStrategies(p.scenario()),
                relax.lp.relaxation.BehaviourConstraints.reproducing(p), InputDistribution.uniform(p.scenario()), measure)
                .solve(SolveOptions.defaults());
        if (!r.verified()) {
            throw new IllegalStateException("the " + measure.symbol() + " LP of " + p.name() + " was not verified: " + r.reason() + " (" + r.diagnostics().fallbackText() + ")");
        }
        return r;
    }

    /** Certified bracket of min I(X:Λ) to {@link #GAP}; throws if it did not converge. */
    static MutualInformation.Bracket minimumMi(Behaviour p) {
        MutualInformation.Bracket b = MutualInformation.minimum(new LhvStrategies(p.scenario()), p, InputDistribution.uniform(p.scenario()), GAP,
                1_000_000, null);
        if (!b.converged()) {
            throw new IllegalStateException("the minimum mutual information of " + p.name() + " did not converge");
        }
        return b;
    }

    /** {@code v} with {@code digits} decimals; rounding noise below 5e-13 prints as 0. */
    static String f(double v, int digits) {
        v = Math.abs(v) < 5e-13 ? 0 : v;
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
