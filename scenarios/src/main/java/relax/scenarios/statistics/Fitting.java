package relax.scenarios.statistics;

import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.statistics.Fit;
import relax.lp.statistics.FitMethod;
import relax.lp.statistics.L1Projection;
import relax.lp.statistics.MaximumLikelihood;

/** The fit of data to a structure's behaviours by either method ({@link L1Projection}, {@link MaximumLikelihood}). */
public final class Fitting {
    private Fitting() {
    }

    /**
     * Fits {@code data} onto the behaviours of {@code space}.
     *
     * @throws IllegalArgumentException for a maximum-likelihood fit of data without counts
     */
    public static Fit fit(Behaviour data, StrategySpace space, FitMethod method, SolveOptions options) {
        return switch (method) {
            case L1 -> new L1Projection(space, data).solve(options);
            case MAXIMUM_LIKELIHOOD -> new MaximumLikelihood(space, data).solve(options);
        };
    }
}
